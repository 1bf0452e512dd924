package org.treatyportal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Puts the {@link NavigationSection} of the handler into the model as {@code section}.
 */
class NavigationInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || !(handler instanceof HandlerMethod method) || isRedirect(modelAndView)) {
			return;
		}
		NavigationSection section = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(),
				NavigationSection.class);
		if (section == null) {
			section = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), NavigationSection.class);
		}
		if (section != null) {
			modelAndView.addObject("section", section.value());
		}
	}

	/** A redirect renders nothing, and its model would end up in the address. */
	private static boolean isRedirect(ModelAndView modelAndView) {
		String viewName = modelAndView.getViewName();
		return (viewName != null && viewName.startsWith("redirect:")) || modelAndView.getView() instanceof RedirectView;
	}

}
