package vn.doithoai.system;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One step taken from a page (a button that posts and comes back): what it did, or why
 * not, is told on the page it returns to.
 */
public final class PageSteps {

	private PageSteps() {
	}

	/**
	 * Runs the step and redirects: done, its message; bad input, its message and the
	 * field it concerns ({@code error}, {@code errorField}); a page made stale by someone
	 * else's change, the stale-edit message.
	 */
	public static String run(RedirectAttributes redirect, Runnable action, String done, String redirectTo) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.key());
			redirect.addFlashAttribute("errorField", ex.field());
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("error", "validation.staleEdit");
		}
		return "redirect:" + redirectTo;
	}

}
