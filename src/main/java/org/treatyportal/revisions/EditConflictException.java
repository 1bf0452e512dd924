package org.treatyportal.revisions;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * Thrown when an editor saves a form opened on an older version of the item: someone else
 * saved in between. Nothing was changed; the form comes back with the editor's own text
 * and what the other person changed.
 */
public class EditConflictException extends RuntimeException {

	private final long currentVersion;

	private final String otherAuthor;

	private final List<FieldDiff> theirChanges;

	private final Set<String> takeable;

	public EditConflictException(long currentVersion, String otherAuthor, List<FieldDiff> theirChanges) {
		this(currentVersion, otherAuthor, theirChanges, Set.of());
	}

	private EditConflictException(long currentVersion, String otherAuthor, List<FieldDiff> theirChanges,
			Set<String> takeable) {
		super("The item was saved by someone else since the form was opened");
		this.currentVersion = currentVersion;
		this.otherAuthor = otherAuthor;
		this.theirChanges = theirChanges;
		this.takeable = takeable;
	}

	/**
	 * The same conflict, knowing which of their changes the editor may take one by one
	 * into the form: those of its text fields.
	 */
	public EditConflictException withChoicesFor(Object form) {
		BeanWrapper fields = PropertyAccessorFactory.forBeanPropertyAccess(form);
		Set<String> takeable = this.theirChanges.stream()
			.filter((change) -> isTextField(fields, change.formPath()))
			.map(FieldDiff::field)
			.collect(Collectors.toUnmodifiableSet());
		return new EditConflictException(this.currentVersion, this.otherAuthor, this.theirChanges, takeable);
	}

	/**
	 * Sets the form's fields that the editor chose to take from the current version (its
	 * {@code theirs}) to their values there; the other fields keep what the editor typed.
	 * @param form the form saved over the current version
	 * @param current the current version's fields, as a revision stores them
	 */
	static void takeTheirs(VersionedForm form, Map<String, String> current) {
		BeanWrapper fields = PropertyAccessorFactory.forBeanPropertyAccess(form);
		for (String field : form.getTheirs()) {
			if (current.containsKey(field)) {
				String path = FieldDiff.formPathOf(field);
				if (isTextField(fields, path)) {
					fields.setPropertyValue(path, current.get(field));
				}
			}
		}
	}

	private static boolean isTextField(BeanWrapper fields, String path) {
		try {
			return fields.isWritableProperty(path) && String.class.equals(fields.getPropertyType(path));
		}
		catch (RuntimeException ex) {
			// A path the form does not have, such as a language it has no version in.
			return false;
		}
	}

	/** Whether the editor may take the field's new value alone into the form. */
	public boolean isTakeable(String field) {
		return this.takeable.contains(field);
	}

	/**
	 * The item's version now: saving again with it overwrites the other changes on
	 * purpose.
	 */
	public long getCurrentVersion() {
		return this.currentVersion;
	}

	/** Who saved last, or {@code null} when unknown. */
	public String getOtherAuthor() {
		return this.otherAuthor;
	}

	/** What changed between the version the form was opened on and the current one. */
	public List<FieldDiff> getTheirChanges() {
		return this.theirChanges;
	}

}
