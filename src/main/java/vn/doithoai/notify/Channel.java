package vn.doithoai.notify;

/** How a message reaches its recipient. */
enum Channel {

	/** An e-mail over SMTP. */
	EMAIL {
		@Override
		String mask(String recipient) {
			return EmailAddresses.mask(recipient);
		}
	},

	/** A text handed to the SMS or Zalo gateway through its webhook. */
	WEBHOOK {
		@Override
		String mask(String recipient) {
			// A phone number: the last three digits are enough to tell two apart.
			return (recipient.length() > 6) ? "***" + recipient.substring(recipient.length() - 3) : "***";
		}
	};

	/** The recipient as administrators see it. */
	abstract String mask(String recipient);

}
