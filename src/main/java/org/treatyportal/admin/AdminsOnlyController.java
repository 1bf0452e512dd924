package org.treatyportal.admin;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What an editor sees on a part of the admin area that only admins manage (treaties,
 * countries, users, the audit log): which it is and whom to ask, with 403, instead of a
 * bare refusal. The security chain forwards there, from a GET or a POST.
 */
@Controller
class AdminsOnlyController {

	/** Where the security chain forwards. */
	static final String PATH = "/admin/admins-only";

	@RequestMapping(path = PATH, method = { RequestMethod.GET, RequestMethod.POST })
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String adminsOnly() {
		return "admin/admins-only";
	}

}
