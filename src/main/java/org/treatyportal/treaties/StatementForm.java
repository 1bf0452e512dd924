package org.treatyportal.treaties;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an admin types into a statement of a State about a treaty.
 */
public class StatementForm extends SourcedForm {

	@NotNull
	private StatementKind kind;

	@NotNull
	private LocalDate statementDate;

	@Size(max = 200)
	private String articles;

	@NotBlank
	@Size(max = 50_000)
	private String text;

	@Valid
	private Map<String, StatementTranslationForm> translations = new LinkedHashMap<>();

	public StatementKind getKind() {
		return this.kind;
	}

	public void setKind(StatementKind kind) {
		this.kind = kind;
	}

	public LocalDate getStatementDate() {
		return this.statementDate;
	}

	public void setStatementDate(LocalDate statementDate) {
		this.statementDate = statementDate;
	}

	/** The articles concerned, e.g. "Article 6, paragraph 3". */
	public String getArticles() {
		return this.articles;
	}

	public void setArticles(String articles) {
		this.articles = articles;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	/**
	 * The item's version in each language other than its original, by language
	 * ({@code translations[fr].…}).
	 */
	public Map<String, StatementTranslationForm> getTranslations() {
		return this.translations;
	}

	public void setTranslations(Map<String, StatementTranslationForm> translations) {
		this.translations = translations;
	}

}
