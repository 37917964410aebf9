package io.github.llmkit.autoconfigure.content;

import io.github.llmkit.content.ContentPart;
import io.github.llmkit.content.DocumentPart;
import io.github.llmkit.content.ImagePart;
import io.github.llmkit.content.Media;

import org.springframework.core.io.Resource;

/**
 * Create image and PDF parts from Spring {@link Resource}s (classpath, file, URL or upload), typed by the
 * resource's file name. Each resource is read once, when the part is created.
 *
 * @since 0.1.0
 */
public final class ResourceContent {

	private ResourceContent() {
	}

	/**
	 * Create an image part from a resource whose file name ends in a known image extension.
	 * @param resource the resource, such as {@code new ClassPathResource("cat.png")}
	 * @return the part
	 * @throws IllegalArgumentException if the file name names no known image type
	 * @throws java.io.UncheckedIOException if the resource cannot be read
	 */
	public static ImagePart image(Resource resource) {
		return ContentPart.image(resource::getInputStream, type(resource, "image"));
	}

	/**
	 * Create an image part from a resource of a given type, whatever its name.
	 * @param resource the resource
	 * @param mimeType the image type, such as {@code image/png}
	 * @return the part
	 * @throws java.io.UncheckedIOException if the resource cannot be read
	 */
	public static ImagePart image(Resource resource, String mimeType) {
		return ContentPart.image(requireResource(resource)::getInputStream, mimeType);
	}

	/**
	 * Create a PDF part from a resource, shown to the model under the resource's file name.
	 * @param resource the resource
	 * @return the part
	 * @throws java.io.UncheckedIOException if the resource cannot be read
	 */
	public static DocumentPart pdf(Resource resource) {
		return ContentPart.pdf(requireResource(resource)::getInputStream, resource.getFilename());
	}

	private static String type(Resource resource, String kind) {
		String type = Media.typeOf(requireResource(resource).getFilename());
		if (type == null || !type.startsWith(kind + "/")) {
			throw new IllegalArgumentException("Cannot tell the " + kind + " type of resource '"
					+ resource.getDescription() + "' from its file name; pass the type explicitly");
		}
		return type;
	}

	private static Resource requireResource(Resource resource) {
		if (resource == null) {
			throw new IllegalArgumentException("'resource' must not be null");
		}
		return resource;
	}

}
