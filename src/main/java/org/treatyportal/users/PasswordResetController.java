package org.treatyportal.users;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page a one-time password link opens: the user sets a password and then signs in. A
 * used, replaced or expired link says so and nothing else.
 */
@Controller
class PasswordResetController {

	private static final String INVALID = "account/password-link-invalid";

	private final PasswordResetLinks links;

	private final PasswordPolicy passwordPolicy;

	PasswordResetController(PasswordResetLinks links, PasswordPolicy passwordPolicy) {
		this.links = links;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping("/password-reset/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		return this.links.userFor(token).map((user) -> {
			model.addAttribute("email", user.getEmail());
			model.addAttribute("token", token);
			model.addAttribute("passwordForm", new NewPasswordForm());
			return "account/password-link";
		}).orElseGet(() -> invalid(response));
	}

	@PostMapping("/password-reset/{token}")
	String setPassword(@PathVariable String token, @ModelAttribute("passwordForm") NewPasswordForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		User user = this.links.userFor(token).orElse(null);
		if (user == null) {
			return invalid(response);
		}
		this.passwordPolicy.check(form, user.getEmail(), result);
		if (result.hasErrors()) {
			model.addAttribute("email", user.getEmail());
			model.addAttribute("token", token);
			return "account/password-link";
		}
		if (!this.links.use(token, form.getNewPassword())) {
			return invalid(response);
		}
		redirect.addFlashAttribute("username", user.getEmail());
		return "redirect:/login?passwordSet";
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return INVALID;
	}

}
