package org.treatyportal.audit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes audit entries as sentences in the interface language: each action code has a
 * sentence ({@code audit.did.CODE}), each item type its name ({@code audit.type.TYPE}),
 * known failure codes their meaning ({@code audit.detail.CODE}); a code with no text yet
 * is shown as it is rather than hidden.
 */
@Component
class AuditLines {

	private final MessageSource messages;

	private final List<AuditItemAddresses> addresses;

	AuditLines(MessageSource messages, List<AuditItemAddresses> addresses) {
		this.messages = messages;
		this.addresses = addresses;
	}

	AuditLine line(AuditEntry entry, Locale locale) {
		String item = (entry.getItemType() != null)
				? text("audit.type." + key(entry.getItemType()), locale, entry.getItemType()) : "";
		String sentence = text("audit.did." + entry.getAction(), locale, entry.getAction(), item).strip();
		String link = (entry.getItemType() != null && entry.getItemId() != null)
				? "/admin/audit/items/" + entry.getItemType() + "/" + entry.getItemId() : null;
		return new AuditLine(entry.getOccurredAt(), entry.getActorEmail(), entry.getAction(), sentence,
				entry.getItemLabel(), link, address(entry.getClientAddress(), locale),
				details(entry.getDetails(), locale));
	}

	/** The action's name for the filter. */
	String actionName(String action, Locale locale) {
		return text("audit.action." + action, locale, action);
	}

	/** The item type's name for the filter. */
	String itemTypeName(String itemType, Locale locale) {
		return text("audit.typeName." + key(itemType), locale, itemType);
	}

	/** The item's admin page now, if a feature knows it. */
	Optional<String> adminPath(String itemType, long id) {
		return this.addresses.stream()
			.map((known) -> known.adminPath(itemType, id))
			.flatMap(Optional::stream)
			.findFirst();
	}

	private String details(String details, Locale locale) {
		if (details == null || !details.matches("[A-Za-z]+Exception")) {
			return details;
		}
		return text("audit.detail." + details, locale, details);
	}

	/**
	 * IPv6 addresses as people write them ({@code ::1}, not {@code 0:0:0:0:0:0:0:1}), and
	 * the server's own address said in words.
	 */
	private String address(String address, Locale locale) {
		if (address == null || !address.matches("[0-9A-Fa-f:.]+")) {
			return address;
		}
		try {
			InetAddress parsed = InetAddress.getByName(address);
			String shown = (parsed instanceof Inet6Address) ? compressed(parsed.getAddress()) : address;
			return parsed.isLoopbackAddress() ? text("audit.address.local", locale, shown, shown) : shown;
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

	/** RFC 5952: lower case, no leading zeros, the longest run of zero groups as "::". */
	static String compressed(byte[] bytes) {
		int[] groups = new int[8];
		for (int i = 0; i < 8; i++) {
			groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
		}
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < 8;) {
			int j = i;
			while (j < 8 && groups[j] == 0) {
				j++;
			}
			if (j - i > bestLength) {
				bestStart = i;
				bestLength = j - i;
			}
			i = Math.max(j, i + 1);
		}
		StringBuilder shown = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				shown.append("::");
				i += bestLength - 1;
				continue;
			}
			if (shown.length() > 0 && shown.charAt(shown.length() - 1) != ':') {
				shown.append(':');
			}
			shown.append(Integer.toHexString(groups[i]));
		}
		return shown.toString();
	}

	private static String key(String itemType) {
		return itemType.replace(' ', '-');
	}

	private String text(String key, Locale locale, String fallback, Object... arguments) {
		return this.messages.getMessage(key, arguments, fallback, locale);
	}

}
