package org.treatyportal.news;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.treatyportal.web.DatePrecision;

/**
 * The rule of the news form that spans fields: "month only" needs the month, which is
 * read from "Publish at". Without it the item would be dated to whatever month it is
 * saved in, which is never what an editor who knows only the month means.
 */
class ArticleFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return ArticleForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ArticleForm form = (ArticleForm) target;
		if (form.getDatePrecision() == DatePrecision.MONTH && form.getPublishAt() == null
				&& !errors.hasFieldErrors("publishAt")) {
			errors.rejectValue("datePrecision", "news.datePrecision.monthNeedsDate");
		}
	}

}
