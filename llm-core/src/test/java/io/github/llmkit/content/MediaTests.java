package io.github.llmkit.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MediaTests {

	@TempDir
	Path dir;

	@Test
	void imageFromFileTakesItsTypeFromTheExtension() throws IOException {
		Path file = Files.write(this.dir.resolve("photo.JPG"), new byte[] { 1, 2, 3 });
		ImagePart image = ContentPart.image(file);
		assertThat(image.media().mimeType()).isEqualTo("image/jpeg");
		assertThat(image.media().size()).isEqualTo(3);
		assertThat(image.media().inline()).isTrue();
	}

	@Test
	void pdfFromFileIsNamedAfterTheFile() throws IOException {
		Path file = Files.write(this.dir.resolve("contract.pdf"), new byte[] { '%', 'P' });
		DocumentPart pdf = ContentPart.pdf(file);
		assertThat(pdf.name()).isEqualTo("contract.pdf");
		assertThat(pdf.media().mimeType()).isEqualTo(Media.PDF);
	}

	@Test
	void pdfFromFileNeedsThePdfExtension() throws IOException {
		Path file = Files.write(this.dir.resolve("scan.png"), new byte[] { 1 });
		assertThatIllegalArgumentException().isThrownBy(() -> ContentPart.pdf(file))
			.withMessage("'scan.png' is not a .pdf file");
	}

	@Test
	void fileWithUnknownExtensionFailsListingTheKnownOnes() throws IOException {
		Path file = Files.write(this.dir.resolve("scan.bmp"), new byte[] { 1 });
		assertThatIllegalArgumentException().isThrownBy(() -> ContentPart.image(file))
			.withMessageContaining("'scan.bmp'")
			.withMessageContaining("gif, heic, heif, jpeg, jpg, pdf, png, webp");
	}

	@Test
	void missingFileFailsNamingIt() {
		Path missing = this.dir.resolve("absent.png");
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> ContentPart.image(missing))
			.withMessageContaining("absent.png");
	}

	@Test
	void imageFromStreamSourceReadsAndClosesIt() {
		boolean[] closed = new boolean[1];
		ImagePart image = ContentPart.image(() -> new ByteArrayInputStream(new byte[] { 9, 8 }) {
			@Override
			public void close() {
				closed[0] = true;
			}
		}, "image/webp");
		assertThat(image.media().data()).containsExactly(9, 8);
		assertThat(closed[0]).isTrue();
	}

	@Test
	void streamSourceThatFailsBecomesUncheckedIoException() {
		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> ContentPart.image(() -> {
				throw new IOException("gone");
			}, "image/png"))
			.withMessageContaining("gone");
	}

	@Test
	void urlMustBeAbsoluteHttp() {
		assertThat(ContentPart.imageUrl("https://example.com/a/cat.png").media().mimeType()).isEqualTo("image/png");
		assertThat(ContentPart.imageUrl("https://example.com/render?id=3").media().mimeType()).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> ContentPart.imageUrl("file:///etc/passwd"))
			.withMessageContaining("absolute http or https URL");
		assertThatIllegalArgumentException().isThrownBy(() -> ContentPart.imageUrl("cat.png"))
			.withMessageContaining("absolute http or https URL");
	}

	@Test
	void urlToStringHidesTheQuery() {
		assertThat(ContentPart.imageUrl("https://bucket.example.com/cat.png?X-Amz-Signature=secret").toString())
			.isEqualTo("ImagePart[image/png, url https://bucket.example.com/cat.png?...]");
	}

	@Test
	void dataUrlIsDecoded() {
		Media media = Media.ofDataUrl("data:image/gif;base64,AQID");
		assertThat(media.mimeType()).isEqualTo("image/gif");
		assertThat(media.data()).containsExactly(1, 2, 3);
		assertThatIllegalArgumentException().isThrownBy(() -> Media.ofDataUrl("data:image/gif,AQID"))
			.withMessageContaining("Not a base64 data URL");
	}

	@Test
	void imagePartRefusesNonImageTypesAndEmptyBytes() {
		assertThatIllegalArgumentException().isThrownBy(() -> ContentPart.image(new byte[] { 1 }, "application/pdf"))
			.withMessage("An image part needs an image/ type, not 'application/pdf'");
		assertThatIllegalArgumentException().isThrownBy(() -> ContentPart.image(new byte[0], "image/png"))
			.withMessage("'data' must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> ContentPart.image(new byte[] { 1 }, "png"))
			.withMessageContaining("'mimeType' must be a type such as image/png");
	}

	@Test
	void mediaComparesBytesByContent() {
		assertThat(Media.of(new byte[] { 1, 2 }, "image/png")).isEqualTo(Media.of(new byte[] { 1, 2 }, "image/png"))
			.hasSameHashCodeAs(Media.of(new byte[] { 1, 2 }, "image/png"));
		assertThat(Media.of(new byte[] { 1, 2 }, "image/png")).isNotEqualTo(Media.of(new byte[] { 1, 3 }, "image/png"));
	}

}
