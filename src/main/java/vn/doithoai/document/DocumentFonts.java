package vn.doithoai.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Liberation Serif, metric-compatible with Times New Roman (which the decree prescribes
 * but may not be shipped), embedded in every PDF. The four faces are read once from the
 * openpdf-fonts-extra jar and kept in memory.
 */
final class DocumentFonts {

	static final String FAMILY = "Liberation Serif";

	private static final Face[] FACES = { face("Regular", 400, FontStyle.NORMAL), face("Bold", 700, FontStyle.NORMAL),
			face("Italic", 400, FontStyle.ITALIC), face("BoldItalic", 700, FontStyle.ITALIC) };

	private DocumentFonts() {
	}

	/** Registers the four faces, subset on embedding. */
	static void register(PdfRendererBuilder builder) {
		for (Face face : FACES) {
			builder.useFont(face::open, FAMILY, face.weight(), face.style(), true);
		}
	}

	private static Face face(String name, int weight, FontStyle style) {
		String resource = "/liberation/LiberationSerif-" + name + ".ttf";
		try (InputStream in = DocumentFonts.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Font not on the class path: " + resource);
			}
			return new Face(in.readAllBytes(), weight, style);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Face(byte[] bytes, int weight, FontStyle style) {

		InputStream open() {
			return new ByteArrayInputStream(this.bytes);
		}

	}

}
