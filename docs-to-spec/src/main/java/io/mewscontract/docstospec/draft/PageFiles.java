package io.mewscontract.docstospec.draft;

import io.mewscontract.docs.Finding;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pages in a list of files and directories (a directory stands for its {@code .md} and {@code .txt} files, in
 * name order), read as UTF-8 text.
 *
 * @param texts the pages read, in reading order
 * @param unreadable an error finding for each file or directory that could not be read
 */
public record PageFiles(List<PageText> texts, List<Finding> unreadable) {
    public PageFiles {
        texts = List.copyOf(texts);
        unreadable = List.copyOf(unreadable);
    }

    /** Reads the pages; a file that cannot be read is a finding, never an exception. */
    public static PageFiles read(List<Path> pages) {
        List<Finding> unreadable = new ArrayList<>();
        List<PageText> texts = new ArrayList<>();
        for (Path file : expand(pages, unreadable)) {
            String name = file.getFileName() == null
                    ? file.toString()
                    : file.getFileName().toString();
            try {
                texts.add(new PageText(name, Files.readString(file, StandardCharsets.UTF_8)));
            } catch (CharacterCodingException e) {
                unreadable.add(Finding.error(name, 0, "unreadable", "not UTF-8 text"));
            } catch (IOException e) {
                unreadable.add(Finding.error(name, 0, "unreadable", "cannot be read: " + e.getMessage()));
            }
        }
        return new PageFiles(texts, unreadable);
    }

    private static List<Path> expand(List<Path> pages, List<Finding> unreadable) {
        List<Path> files = new ArrayList<>();
        for (Path page : pages) {
            if (Files.isDirectory(page)) {
                try (Stream<Path> listing = Files.list(page)) {
                    listing.filter(Files::isRegularFile)
                            .filter(f ->
                                    f.toString().endsWith(".md") || f.toString().endsWith(".txt"))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    unreadable.add(Finding.error(page.toString(), 0, "unreadable", "directory cannot be listed"));
                }
            } else if (Files.isRegularFile(page)) {
                files.add(page);
            } else {
                unreadable.add(Finding.error(page.toString(), 0, "unreadable", "no such file or directory"));
            }
        }
        return files;
    }
}
