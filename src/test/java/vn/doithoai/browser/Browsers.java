package vn.doithoai.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Starts headless Chromium for browser tests: Debian's {@code chromium} where it is
 * installed (no download), otherwise the browser Playwright fetches for itself.
 */
final class Browsers {

	private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	private Browsers() {
	}

	static Playwright playwright() {
		if (systemChromium() != null) {
			return Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		}
		return Playwright.create();
	}

	static Browser launch(Playwright playwright) {
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
		Path chromium = systemChromium();
		if (chromium != null) {
			options.setExecutablePath(chromium);
		}
		return playwright.chromium().launch(options);
	}

	private static Path systemChromium() {
		String configured = System.getenv("CHROMIUM_PATH");
		for (String candidate : new String[] { configured, "/usr/bin/chromium", "/usr/bin/chromium-browser" }) {
			if (candidate != null && Files.isExecutable(Paths.get(candidate))) {
				return Paths.get(candidate);
			}
		}
		return null;
	}

	/** Renders a PDF's pages to PNG next to it, where pdftoppm is installed. */
	static void pngs(Path pdf, String prefix) throws Exception {
		if (Files.isExecutable(Paths.get("/usr/bin/pdftoppm"))) {
			Process process = new ProcessBuilder("pdftoppm", "-r", "60", "-png", pdf.toString(),
					pdf.resolveSibling(prefix).toString())
				.inheritIO()
				.start();
			if (process.waitFor() != 0) {
				throw new IllegalStateException("pdftoppm failed on " + pdf);
			}
		}
	}

	static Path screenshot(String name) {
		return Paths.get("target", "screenshots", name + ".png");
	}

}
