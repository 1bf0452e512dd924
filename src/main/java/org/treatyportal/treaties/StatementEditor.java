package org.treatyportal.treaties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatyportal.revisions.ContentRef;
import org.treatyportal.revisions.EditHistory;
import org.treatyportal.revisions.RevisionedEditor;
import org.treatyportal.revisions.TranslationForm;
import org.treatyportal.web.Languages;

/**
 * What admins do to the reservations, declarations, territorial applications and other
 * statements a State made under a treaty, with revisions. No statement is dated in the
 * future. One save carries the text in every language given (ADR 18).
 */
@Service
@Transactional
class StatementEditor extends RevisionedEditor<TreatyStatement, StatementForm> {

	static final String CONTENT_TYPE = "treaty-statement";

	private final TreatyStatementRepository statements;

	private final RecordRules rules;

	private final Languages languages;

	StatementEditor(EditHistory history, TreatyStatementRepository statements, RecordRules rules, Languages languages) {
		super(history);
		this.statements = statements;
		this.rules = rules;
		this.languages = languages;
	}

	/** Gives the form a version for every language the statement is not written in. */
	void addMissingLanguages(StatementForm form, TreatyStatement statement) {
		String original = (statement != null) ? statement.getLanguage() : this.languages.defaultLanguage();
		TranslationForm.addMissing(form.getTranslations(), this.languages.all(), original,
				StatementTranslationForm::new);
	}

	@Transactional(readOnly = true)
	Optional<TreatyStatement> find(TreatyParty party, long id) {
		return this.statements.findForEditing(party.getId(), id);
	}

	/** The statements of a State's record, oldest first. */
	@Transactional(readOnly = true)
	List<TreatyStatement> of(TreatyParty party) {
		return this.statements.findByPartyOrderByStatementDateAscIdAsc(party);
	}

	/** Deletes the statement with its history. */
	void delete(TreatyStatement statement) {
		forget(statement);
		this.statements.delete(statement);
	}

	/** Deletes every statement of a record that is deleted, with their histories. */
	void deleteAll(TreatyParty party) {
		of(party).forEach(this::delete);
	}

	@Override
	public ContentRef content(TreatyStatement statement) {
		return new ContentRef(CONTENT_TYPE, statement.getId());
	}

	@Override
	public String label(TreatyStatement statement) {
		return this.rules.label(statement.getParty()) + " · " + statement.getKind().name();
	}

	@Override
	public StatementForm formFor(TreatyStatement statement) {
		StatementForm form = new StatementForm();
		form.setKind(statement.getKind());
		form.setStatementDate(statement.getStatementDate());
		form.setArticles(statement.getArticles());
		form.setText(statement.getText());
		form.setSource(statement.getSource());
		form.setVersion(statement.getVersion());
		for (String language : this.languages.all()) {
			statement.translation(language).ifPresent((translation) -> {
				StatementTranslationForm version = new StatementTranslationForm();
				version.setText(translation.getText());
				form.getTranslations().put(language, version);
			});
		}
		addMissingLanguages(form, statement);
		return form;
	}

	@Override
	public Map<String, String> fields(TreatyStatement statement) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("kind", statement.getKind().name());
		fields.put("statementDate", text(statement.getStatementDate()));
		fields.put("articles", statement.getArticles());
		fields.put("text", statement.getText());
		for (String language : this.languages.all()) {
			statement.translation(language)
				.ifPresent((translation) -> fields.put(TranslationForm.key("text", language), translation.getText()));
		}
		this.rules.snapshot(fields, statement.getSource());
		return fields;
	}

	@Override
	protected void restoreFields(StatementForm form, Map<String, String> fields) {
		form.setKind(StatementKind.valueOf(fields.getOrDefault("kind", form.getKind().name())));
		form.setStatementDate(date(fields.get("statementDate")));
		form.setArticles(fields.getOrDefault("articles", ""));
		form.setText(fields.getOrDefault("text", ""));
		form.getTranslations()
			.forEach((language, version) -> version
				.setText(fields.getOrDefault(TranslationForm.key("text", language), "")));
		form.setSource(this.rules.restored(fields));
	}

	@Override
	protected void apply(TreatyStatement statement, StatementForm form) {
		this.rules.notFuture(form.getStatementDate(), "statementDate");
		RecordSource source = this.rules.source(form);
		statement.setKind(form.getKind());
		statement.setStatementDate(form.getStatementDate());
		statement.setArticles(clean(form.getArticles()));
		statement.setText(form.getText().strip());
		statement.setSource(source);
		statement.setUpdatedAt(this.rules.now());
		form.getTranslations().forEach((language, version) -> translate(statement, language, version));
	}

	private void translate(TreatyStatement statement, String language, StatementTranslationForm version) {
		if (!this.languages.isSupported(language) || language.equals(statement.getLanguage())) {
			return;
		}
		if (version.isRemove() || version.isBlank()) {
			statement.removeTranslation(language);
			return;
		}
		statement.translate(language, version.getText().strip(), this.rules.now());
		if (version.isConfirmed()) {
			statement.confirmTranslation(language);
		}
	}

	@Override
	protected TreatyStatement saveItem(TreatyStatement statement) {
		return this.statements.saveAndFlush(statement);
	}

}
