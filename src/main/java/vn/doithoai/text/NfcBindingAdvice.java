package vn.doithoai.text;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Binds every request parameter and form field of type String in NFC without surrounding
 * white space, whichever keyboard typed it.
 */
@ControllerAdvice
public class NfcBindingAdvice {

	@InitBinder
	void bindStringsAsNfc(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new NfcStringEditor());
	}

	/** Keeps a blank value as "" rather than null, so forms re-render what was sent. */
	private static final class NfcStringEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(VietnameseText.normalizeInput(text));
		}

	}

}
