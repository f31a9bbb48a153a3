package vn.doithoai.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Renders an official document as the signed copy (PDF, fonts embedded) or as a DOCX to
 * finish in a word processor. Both follow the decree's layout: A4, margins 20/20/30/15
 * mm, 14 pt body justified with a 1 cm first-line indent, page numbers at the top centre
 * from page 2. It also prints the blank registration form, in the same fonts and margins.
 */
@Service
public class DocumentRenderer {

	/** The output intent PDF/A asks for: the JDK's sRGB profile. */
	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	/** The only images a document holds: PNGs written into it, such as a QR code. */
	private static final String INLINE_PNG = "data:image/png;base64,";

	static {
		RendererLog.install();
	}

	/**
	 * The PDF: Liberation Serif (Times New Roman's metrics) embedded, declared PDF/A-2u
	 * for archiving, which also keeps the renderer from setting up the unembedded PDF
	 * base fonts it would otherwise prepare (and warn about) for every document.
	 */
	public byte[] pdf(OfficialDocument document) {
		return render(DocumentXhtml.of(document));
	}

	/**
	 * The blank registration form as a PDF like the documents': one A4 page (the
	 * signature goes on a second when a conference's details run long), its wording
	 * ({@code doc.sheet.*}) in the given language.
	 */
	public byte[] pdf(RegistrationSheet sheet, MessageSource messages, Locale locale) {
		return render(RegistrationSheetXhtml.of(sheet, messages, locale));
	}

	private static byte[] render(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useUnicodeLineBreaker(new DocumentLineBreaker());
		builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
		builder.useColorProfile(SRGB);
		DocumentFonts.register(builder);
		// Everything is in the XHTML (images as data URIs): nothing is fetched, whatever
		// the text says.
		builder.useExternalResourceAccessControl((uri, type) -> uri.startsWith(INLINE_PNG),
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The DOCX, in Times New Roman. */
	public byte[] docx(OfficialDocument document) {
		return DocumentDocx.of(document);
	}

}
