package io.ticketflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the files analysts own. The configured directory wins when it exists (so an edited file is picked up
 * without a rebuild); otherwise the copy packaged in the jar under the same folder name is used.
 */
public final class AnalystFolder {

    private final Path directory;
    private final String classpathFolder;

    public AnalystFolder(Path directory, String classpathFolder) {
        this.directory = directory;
        this.classpathFolder = classpathFolder;
    }

    /** Where the files come from, for log lines and error messages. */
    public String location() {
        return Files.isDirectory(directory) ? directory.toAbsolutePath().normalize().toString()
                : "classpath:" + classpathFolder + "/";
    }

    /** The files whose names end with one of the suffixes, in name order. */
    public List<AnalystFile> list(String... suffixes) {
        List<AnalystFile> files = Files.isDirectory(directory) ? fromDirectory(suffixes) : fromClasspath(suffixes);
        files.sort(Comparator.comparing(AnalystFile::fileName));
        return files;
    }

    private List<AnalystFile> fromDirectory(String[] suffixes) {
        try (Stream<Path> entries = Files.list(directory)) {
            List<AnalystFile> files = new ArrayList<>();
            for (Path path : entries.filter(Files::isRegularFile).toList()) {
                String name = path.getFileName().toString();
                if (matches(name, suffixes)) {
                    files.add(new AnalystFile(classpathFolder + "/" + name, name, Files.readAllBytes(path)));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + directory.toAbsolutePath(), e);
        }
    }

    private List<AnalystFile> fromClasspath(String[] suffixes) {
        try {
            List<AnalystFile> files = new ArrayList<>();
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + classpathFolder + "/*");
            for (Resource resource : resources) {
                String name = resource.getFilename();
                if (name != null && matches(name, suffixes)) {
                    try (InputStream in = resource.getInputStream()) {
                        files.add(new AnalystFile(classpathFolder + "/" + name, name, in.readAllBytes()));
                    }
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath:" + classpathFolder, e);
        }
    }

    private static boolean matches(String name, String[] suffixes) {
        return Arrays.stream(suffixes).anyMatch(name::endsWith);
    }
}
