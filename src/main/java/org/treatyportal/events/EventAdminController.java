package org.treatyportal.events;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

import org.treatyportal.publishing.AuthorRepository;
import org.treatyportal.publishing.EditorialAdminController;
import org.treatyportal.publishing.EditorialType;
import org.treatyportal.publishing.EditorialWorkflow;
import org.treatyportal.states.StateDirectory;
import org.treatyportal.web.NavigationSection;

/**
 * The editors' screens for events ({@code /admin/events}), on the shared editorial
 * screens.
 */
@Controller
@RequestMapping("/admin/events")
@NavigationSection("events")
class EventAdminController extends EditorialAdminController<Event, EventForm> {

	private static final EditorialType TYPE = new EditorialType(EventEditor.CONTENT_TYPE, "/admin/events",
			"events.title", "events.new", "/events/", "events/admin/fields");

	private final EventEditor editor;

	private final EventService events;

	private final ObjectProvider<EventDocuments> documents;

	private final StateDirectory countries;

	EventAdminController(AuthorRepository authors, EventEditor editor, EventService events,
			ObjectProvider<EventDocuments> documents, StateDirectory countries) {
		super(authors);
		this.editor = editor;
		this.events = events;
		this.documents = documents;
		this.countries = countries;
	}

	@ModelAttribute("type")
	EditorialType type() {
		return TYPE;
	}

	@Override
	protected Validator formValidator() {
		return new EventFormValidator(this.countries);
	}

	@Override
	protected EditorialWorkflow<Event, EventForm> workflow() {
		return this.editor;
	}

	@Override
	protected String preview(Event event, Model model) {
		model.addAttribute("event", this.events.preview(event));
		return "events/item";
	}

	@Override
	protected void addFormChoices(EditorialType type, EventForm form, Event item, Model model) {
		model.addAttribute("timeZones", TimeZones.choices(form.getTimeZone()));
		model.addAttribute("countryChoices", this.countries.names());
		model.addAttribute("articleChoices", this.editor.articleChoices(form.getArticleIds()));
		EventDocuments provider = this.documents.getIfAvailable();
		model.addAttribute("eventDocuments",
				(item != null && provider != null) ? provider.all(item.getId()) : List.of());
	}

}
