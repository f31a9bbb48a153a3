package vn.doithoai.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as a PNG data URI, for the PDF renderer and for pages: error correction M (a
 * printed sheet may be creased or smudged), the standard quiet zone of four modules, each
 * module a square of whole pixels so that nothing is blurred when it is scaled to print
 * size.
 */
public final class QrCode {

	private static final int PIXELS_PER_MODULE = 8;

	private static final int QUIET_ZONE = 4;

	private static final int BLACK = 0xFF000000;

	private static final int WHITE = 0xFFFFFFFF;

	private QrCode() {
	}

	/** The code of an ASCII text (a URL), as {@code data:image/png;base64,…}. */
	public static String pngDataUri(String text) {
		BitMatrix modules;
		try {
			modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Too long for a QR code: " + text, ex);
		}
		BufferedImage image = new BufferedImage(modules.getWidth() * PIXELS_PER_MODULE,
				modules.getHeight() * PIXELS_PER_MODULE, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				boolean dark = modules.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE);
				image.setRGB(x, y, dark ? BLACK : WHITE);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream(2048);
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
	}

}
