package vn.doithoai.document;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the PDF renderer's warnings and errors to the application's log and drops its
 * chatter: by default it prints timings and "Prepare to fly" for every document through
 * java.util.logging, which costs time and fills the log.
 */
final class RendererLog implements XRLogger {

	private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

	private RendererLog() {
	}

	/** Installs this log for the whole JVM (the renderer's log is static); idempotent. */
	static synchronized void install() {
		if (!(XRLog.getLoggerImpl() instanceof RendererLog)) {
			XRLog.setLoggerImpl(new RendererLog());
		}
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		if (level.intValue() >= Level.SEVERE.intValue()) {
			LOG.error("{}: {}", where, message, error);
		}
		else if (level.intValue() >= Level.WARNING.intValue()) {
			LOG.warn("{}: {}", where, message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() && LOG.isWarnEnabled();
	}

}
