package io.mewscontract.codegen.maven.incremental;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Keeps one execution's {@link ExecutionState} in one file. */
public final class StateStore {

    private final Path file;

    /** @param file the state file; one per execution, never shared */
    public StateStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The stored state; empty when there is none, or it is unreadable (a regeneration repairs either). */
    public Optional<ExecutionState> read() throws IOException {
        try {
            return ExecutionState.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Forgets the state, so a run that fails from here on is not taken for up to date by the next one. */
    public void invalidate() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Replaces the state in one atomic step where the file system allows it. */
    public void write(ExecutionState state) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary =
                Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, state.toText(), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
