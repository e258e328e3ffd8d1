package io.mewscontract.codegen.compat.model;

import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.ir.ErrorResponse;
import io.mewscontract.codegen.ir.ObjectType;
import io.mewscontract.codegen.ir.Operation;
import io.mewscontract.codegen.ir.TypeDef;
import io.mewscontract.codegen.ir.TypeRef;
import io.mewscontract.codegen.ir.UnionType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Which types travel in requests (clients write them, servers read them strictly) and which in responses
 * (servers write them, clients read them liberally). A type can be both. A change is judged by where the type
 * travels, in either version of the spec.
 */
final class Usage {

    private final Set<String> request = new HashSet<>();
    private final Set<String> response = new HashSet<>();

    static Usage of(ApiModel oldModel, ApiModel newModel) {
        Usage usage = new Usage();
        usage.add(oldModel);
        usage.add(newModel);
        return usage;
    }

    boolean inRequest(String schemaName) {
        return request.contains(schemaName);
    }

    boolean inResponse(String schemaName) {
        return response.contains(schemaName);
    }

    private void add(ApiModel model) {
        for (Operation operation : model.operations().toList()) {
            walk(model, operation.requestType(), request);
            walk(model, operation.responseType(), response);
            for (ErrorResponse error : operation.errors()) {
                if (error.schemaName() != null) {
                    walk(model, error.schemaName(), response);
                }
            }
        }
    }

    private static void walk(ApiModel model, String root, Set<String> into) {
        Deque<String> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!into.add(name)) {
                continue;
            }
            TypeDef type = model.types().stream()
                    .filter(t -> t.schemaName().equals(name))
                    .findFirst()
                    .orElse(null);
            if (type instanceof ObjectType object) {
                object.properties().forEach(property -> named(property.type(), pending));
            } else if (type instanceof UnionType union) {
                union.variants().forEach(variant -> pending.push(variant.schemaName()));
            }
        }
    }

    private static void named(TypeRef type, Deque<String> pending) {
        if (type instanceof TypeRef.Named named) {
            pending.push(named.schemaName());
        } else if (type instanceof TypeRef.ListOf list) {
            named(list.items(), pending);
        } else if (type instanceof TypeRef.MapOf map) {
            named(map.values(), pending);
        } else if (type instanceof TypeRef.UpdateOf update) {
            named(update.value(), pending);
        }
    }
}
