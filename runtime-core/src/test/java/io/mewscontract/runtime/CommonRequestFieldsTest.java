package io.mewscontract.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one list of common fields ({@link CommonRequestFields#FIELDS}) describes the record that carries them. */
class CommonRequestFieldsTest {

    @Test
    void theListNamesTheRecordsComponentsInOrderAndEquallyRequired() {
        List<CommonRequestFields.Field> fromRecord = Arrays.stream(CommonRequestFields.class.getRecordComponents())
                .map(component -> {
                    JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
                    String wireName = property.value();
                    return new CommonRequestFields.Field(wireName, property.required(), secret(component, wireName));
                })
                .toList();

        assertThat(CommonRequestFields.FIELDS).isEqualTo(fromRecord);
        assertThat(CommonRequestFields.WIRE_NAMES)
                .containsExactly("ClientToken", "AccessToken", "Client", "LanguageCode", "CultureCode");
        assertThat(CommonRequestFields.WIRE_NAMES).containsAll(CommonRequestFields.REQUIRED_TOGETHER);
    }

    /** A field is secret when {@code toString} hides a value put into it. */
    private static boolean secret(RecordComponent component, String wireName) {
        String marker = "value-of-" + wireName;
        Object[] values = Arrays.stream(CommonRequestFields.class.getRecordComponents())
                .map(other -> other.getName().equals(component.getName()) ? marker : "x")
                .toArray();
        try {
            CommonRequestFields fields =
                    (CommonRequestFields) CommonRequestFields.class.getDeclaredConstructors()[0].newInstance(values);
            return !fields.toString().contains(marker);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
