package io.github.llmkit.autoconfigure.content;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;

import io.github.llmkit.content.DocumentPart;
import io.github.llmkit.content.ImagePart;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ResourceContentTests {

	@Test
	void imageFromNamedResourceIsTypedByItsFileName() {
		ByteArrayResource resource = new ByteArrayResource(new byte[] { 1, 2, 3 }) {
			@Override
			public String getFilename() {
				return "photo.webp";
			}
		};
		ImagePart image = ResourceContent.image(resource);
		assertThat(image.media().mimeType()).isEqualTo("image/webp");
		assertThat(image.media().data()).containsExactly(1, 2, 3);
	}

	@Test
	void resourceWithoutImageNameNeedsAnExplicitType() {
		ByteArrayResource resource = new ByteArrayResource(new byte[] { 1 }, "upload");
		assertThatIllegalArgumentException().isThrownBy(() -> ResourceContent.image(resource))
			.withMessageContaining("Cannot tell the image type of resource 'Byte array resource [upload]'");
		assertThat(ResourceContent.image(resource, "image/gif").media().mimeType()).isEqualTo("image/gif");
	}

	@Test
	void pdfIsNamedAfterTheResource() {
		ByteArrayResource resource = new ByteArrayResource("%PDF-1.4".getBytes()) {
			@Override
			public String getFilename() {
				return "terms.pdf";
			}
		};
		DocumentPart pdf = ResourceContent.pdf(resource);
		assertThat(pdf.name()).isEqualTo("terms.pdf");
		assertThat(pdf.media().size()).isEqualTo(8);
	}

	@Test
	void missingResourceFailsNamingTheCause() {
		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> ResourceContent.image(new ClassPathResource("absent/cat.png")))
			.withCauseInstanceOf(FileNotFoundException.class)
			.withMessageContaining("image/png");
	}

}
