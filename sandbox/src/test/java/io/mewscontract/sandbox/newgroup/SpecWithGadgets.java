package io.mewscontract.sandbox.newgroup;

/**
 * The curated spec with one more resource group, {@code gadgets} (invented), with one read operation, its request
 * and response schemas, written the way the spec writes its own groups.
 */
final class SpecWithGadgets {

    private static final String PATH = """
              /api/connector/v1/gadgets/getAll:
                post:
                  operationId: getAllGadgets
                  tags: [Gadgets]
                  summary: Get all gadgets
                  x-mews-kind: read
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/GadgetFilterParameters'
                  responses:
                    '200':
                      description: The gadgets.
                      headers:
                        Request-Id:
                          $ref: '#/components/headers/Request-Id'
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/GadgetResult'
                    '400':
                      $ref: '#/components/responses/BadRequest'
                    '401':
                      $ref: '#/components/responses/Unauthorized'
            """;

    private static final String SCHEMAS = """
                GadgetFilterParameters:
                  description: Request of `gadgets/getAll`.
                  allOf:
                    - $ref: '#/components/schemas/ConnectorRequest'
                    - type: object
                      properties:
                        GadgetIds:
                          type: array
                          nullable: true
                          items:
                            type: string
                            format: uuid

                GadgetResult:
                  type: object
                  description: Response of `gadgets/getAll`.
                  required: [Gadgets]
                  properties:
                    Gadgets:
                      type: array
                      items:
                        $ref: '#/components/schemas/Gadget'

                Gadget:
                  type: object
                  required: [Id, Name]
                  properties:
                    Id:
                      type: string
                      format: uuid
                    Name:
                      type: string

            """;

    private SpecWithGadgets() {}

    /** {@code spec} with the gadgets path first under {@code paths:} and its schemas first under {@code schemas:}. */
    static String from(String spec) {
        String text = spec.replace("\r\n", "\n");
        return insertAfter(insertAfter(text, "\npaths:\n", PATH), "\n  schemas:\n", SCHEMAS);
    }

    private static String insertAfter(String text, String marker, String block) {
        int at = text.indexOf(marker);
        if (at < 0 || text.indexOf(marker, at + 1) >= 0) {
            throw new IllegalStateException("The spec should have exactly one '" + marker.strip() + "' line");
        }
        int end = at + marker.length();
        return text.substring(0, end) + block + text.substring(end);
    }
}
