package io.mewscontract.codegen.emit;

import com.palantir.javapoet.JavaFile;
import io.mewscontract.codegen.Artifact;
import io.mewscontract.codegen.JacksonVersion;
import io.mewscontract.codegen.ir.ApiModel;
import io.mewscontract.codegen.ir.EnumType;
import io.mewscontract.codegen.ir.ObjectType;
import io.mewscontract.codegen.ir.ResourceGroup;
import io.mewscontract.codegen.ir.TypeDef;
import io.mewscontract.codegen.ir.UnionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the emitters of the asked artifacts over a model: {@link Artifact#MODEL} (records, enums, validators,
 * operation descriptors, which both sides use), {@link Artifact#CLIENT} and {@link Artifact#SERVER}.
 */
public final class Emitters {

    private final Layout layout;
    private final Poet poet;

    /** Emitters of code for Jackson 2. */
    public Emitters(ApiModel model, String basePackage, String generatorVersion) {
        this(model, basePackage, generatorVersion, JacksonVersion.JACKSON_2);
    }

    public Emitters(ApiModel model, String basePackage, String generatorVersion, JacksonVersion jackson) {
        this.layout = new Layout(model, basePackage, Libraries.databind(jackson));
        this.poet = new Poet(generatorVersion, model.specFileName());
    }

    public List<JavaFile> emit(Set<Artifact> artifacts) {
        ApiModel model = layout.model();
        List<JavaFile> files = new ArrayList<>();
        if (artifacts.contains(Artifact.MODEL)) {
            emitModel(model, files);
        }
        if (artifacts.contains(Artifact.CLIENT)) {
            ClientInterfaceEmitter interfaces = new ClientInterfaceEmitter(layout, poet);
            ClientImplementationEmitter implementations = new ClientImplementationEmitter(layout, poet);
            for (ResourceGroup group : model.groups()) {
                files.add(interfaces.emit(group));
                files.add(implementations.emit(group));
            }
            files.add(new ClientFacadeEmitter(layout, poet).emit(model));
        }
        if (artifacts.contains(Artifact.SERVER)) {
            ServiceInterfaceEmitter services = new ServiceInterfaceEmitter(layout, poet);
            for (ResourceGroup group : model.groups()) {
                files.add(services.emit(group));
            }
            files.add(new OperationTableEmitter(layout, poet).emit(model));
        }
        return files;
    }

    private void emitModel(ApiModel model, List<JavaFile> files) {
        RecordEmitter records = new RecordEmitter(layout, poet);
        OpenEnumEmitter enums = new OpenEnumEmitter(layout, poet);
        ValidatorEmitter validators = new ValidatorEmitter(layout, poet);
        for (TypeDef type : model.types()) {
            if (type instanceof ObjectType object) {
                files.add(records.emit(object));
                if (object.validatorName() != null) {
                    files.add(validators.emit(object));
                }
            } else if (type instanceof UnionType union) {
                files.add(new UnionEmitter(layout, poet).emit(union));
            } else {
                files.add(enums.emit((EnumType) type));
            }
        }
        files.add(validators.emit(model.commonRequest()));
        OperationsEmitter operations = new OperationsEmitter(layout, poet);
        for (ResourceGroup group : model.groups()) {
            files.add(operations.emit(group));
        }
        files.add(operations.emitCatalog(model));
        files.add(new RequestShapesEmitter(layout, poet).emit(model));
    }
}
