package dev.ballot.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.ballot.sut.ImageRecipe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * Builds node images from an {@link ImageRecipe}, locally (no registry is reachable), and reuses
 * them: the image is tagged {@code <recipe tag's name>:<hash>}, where the hash covers every file of
 * the context, the files copied in, and the id of each base image the Dockerfile names. A second
 * run with the same inputs finds the tag and builds nothing; a rebuilt base image or a new jar
 * gives a new tag. A base image that is missing is an error here, never a pull.
 */
final class Images {
    private static final Logger LOG = LoggerFactory.getLogger(Images.class);
    private static final Pattern ARG = Pattern.compile("(?im)^\\s*ARG\\s+(\\w+)=(\\S+)\\s*$");
    private static final Pattern FROM = Pattern.compile("(?im)^\\s*FROM\\s+(\\S+)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(\\w+)}?");

    private Images() {
    }

    /** The image for {@code recipe}, built now unless an image of the same inputs exists. */
    static String ensure(DockerClient docker, ImageRecipe recipe) {
        Map<String, Path> files = files(recipe);
        String dockerfile = read(recipe.dockerfile());
        String tag = recipe.tag().replaceFirst(":[^:/]*$", "") + ":" + hash(docker, files, dockerfile);
        try {
            docker.inspectImageCmd(tag).exec();
            return tag;
        } catch (NotFoundException e) {
            // Not built yet with these inputs.
        }
        LOG.info("building {} from {}", tag, recipe.context());
        ImageFromDockerfile image = new ImageFromDockerfile(tag, false);
        files.forEach(image::withFileFromPath);
        image.get();
        return tag;
    }

    /** Every file of the build: the context directory's, then the recipe's (which win). */
    private static Map<String, Path> files(ImageRecipe recipe) {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(recipe.context())) {
            walk.filter(Files::isRegularFile).forEach(file ->
                    files.put(recipe.context().relativize(file).toString(), file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the image context " + recipe.context(), e);
        }
        recipe.files().forEach((name, file) -> {
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("the image " + recipe.tag() + " needs " + file
                        + ", which does not exist");
            }
            files.put(name, file);
        });
        return files;
    }

    private static String hash(DockerClient docker, Map<String, Path> files, String dockerfile) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, Path> file : files.entrySet()) {
                digest.update((file.getKey() + "\0").getBytes());
                digest.update(Files.readAllBytes(file.getValue()));
            }
            for (String base : baseImages(dockerfile)) {
                digest.update(baseImageId(docker, base).getBytes());
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** The images a Dockerfile's FROM lines name, with ARG defaults substituted. */
    static List<String> baseImages(String dockerfile) {
        Map<String, String> args = new HashMap<>();
        Matcher arg = ARG.matcher(dockerfile);
        while (arg.find()) {
            args.putIfAbsent(arg.group(1), arg.group(2));
        }
        return FROM.matcher(dockerfile).results()
                .map(from -> VARIABLE.matcher(from.group(1))
                        .replaceAll(v -> Matcher.quoteReplacement(args.getOrDefault(v.group(1), ""))))
                .toList();
    }

    private static String baseImageId(DockerClient docker, String image) {
        try {
            return docker.inspectImageCmd(image).exec().getId();
        } catch (NotFoundException e) {
            throw new IllegalStateException("the base image " + image + " is missing; build it "
                    + "first (docker/base/build.sh): no registry is reachable to pull it", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
