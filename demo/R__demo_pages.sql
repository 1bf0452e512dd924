-- Demo content: the static pages of the Cybercrime portal, in the site menu.
-- Idempotent: a page that exists (by slug) is left as editors made it.
insert into page (slug, title, summary, body, state, publish_at, first_published_at, menu_position, created_at, updated_at)
values
('our-approach', 'Our approach',
 'How the Council of Europe helps societies worldwide protect themselves against cybercrime.',
 '<p>The Council of Europe helps protect societies worldwide from the threat of cybercrime through three complementary means: common standards, follow-up by the Parties, and practical cooperation.</p>'
 || '<h2>Standards</h2><p>The <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a> is the only binding international instrument on this issue. It guides any country developing comprehensive national legislation against cybercrime and is a framework for international cooperation between the States that are Parties to it. Its <a href="/treaties/189">Additional Protocol (ETS 189)</a> concerns the criminalisation of acts of a racist and xenophobic nature committed through computer systems.</p>'
 || '<h2>Follow-up</h2><p>The Parties meet at least once a year as the <a href="/t-cy-committee">Cybercrime Convention Committee (T-CY)</a> to consult on the use and implementation of the Convention.</p>'
 || '<h2>Cooperation</h2><p>Through the <a href="/project-on-cybercrime">Project on Cybercrime</a>, the Council of Europe helps countries to ratify or accede to these treaties and to implement them.</p>',
 'PUBLISHED', '2008-01-15 10:00:00+01', '2008-01-15 10:00:00+01', 1, '2008-01-15 10:00:00+01', '2008-01-15 10:00:00+01'),
('t-cy-committee', 'Cybercrime Convention Committee (T-CY)',
 'The Parties to the Convention on Cybercrime meet at least once a year as the T-CY.',
 '<p>The Convention on Cybercrime provides for regular consultations of its Parties. They meet at least once a year as the Cybercrime Convention Committee, known as the T-CY.</p>'
 || '<p>The Committee facilitates the effective use and implementation of the Convention, the exchange of information on significant legal, policy and technological developments, and the consideration of possible amendments. States that have signed the Convention and other States invited to accede may take part as observers.</p>'
 || '<p>The third meeting of the T-CY took place in Strasbourg on 3 and 4 April 2008, after the Octopus Interface conference on cooperation against cybercrime.</p>',
 'PUBLISHED', '2008-01-15 10:00:00+01', '2008-01-15 10:00:00+01', 2, '2008-01-15 10:00:00+01', '2008-01-15 10:00:00+01'),
('project-on-cybercrime', 'Project on Cybercrime',
 'The Council of Europe supports countries worldwide in strengthening their legislation and capacities against cybercrime.',
 '<p>The Project on Cybercrime helps countries to ratify or accede to the Convention on Cybercrime and its Protocol and to implement them. Its activities include reviews of draft legislation, regional workshops for legislators, judges, prosecutors and investigators, and support to cooperation between law enforcement and service providers.</p>'
 || '<ul><li>Legislation: analysis of draft laws against the provisions of the Convention.</li><li>Training: workshops for judges, prosecutors and investigators.</li><li>Cooperation: guidelines for law enforcement and internet service providers, adopted in April 2008.</li></ul>'
 || '<p>The Project is funded by the Council of Europe and by voluntary contributions of member States and private sector partners.</p>',
 'PUBLISHED', '2008-01-15 10:00:00+01', '2008-01-15 10:00:00+01', 3, '2008-01-15 10:00:00+01', '2008-01-15 10:00:00+01')
on conflict (slug) do nothing;

-- The pages the footer links on every page (issue 15): contact, legal notice, privacy and
-- the accessibility statement. Their French versions are in R__demo_translations_news_events_pages.sql.
-- What they say of the software is what it does (no cookie for visitors, the checks the
-- build runs); the contact address is the demonstration's placeholder.
insert into page (slug, title, summary, body, state, publish_at, first_published_at, footer_position, created_at, updated_at)
values
('contact', 'Contact',
 'How to reach the team behind the Cybercrime portal.',
 '<p>Questions about the Convention on Cybercrime, the Project on Cybercrime or this portal go to the secretariat of the Council of Europe in Strasbourg.</p>'
 || '<p>Write to <a href="mailto:secretariat@example.org">secretariat@example.org</a>. This address is the demonstration''s placeholder: a site in service gives its own here.</p>'
 || '<p>Authorities that need the restricted contacts of a country profile (24/7 points of contact, central authorities) ask for them at the same address.</p>',
 'PUBLISHED', '2026-12-04 12:00:00+01', '2026-12-04 12:00:00+01', 1, '2026-12-04 12:00:00+01', '2026-12-04 12:00:00+01'),
('legal-notice', 'Legal notice',
 'Who publishes this portal, and what its texts are worth.',
 '<p>This portal is published by the Council of Europe.</p>'
 || '<p>Treaty texts, signatures, ratifications and declarations are given for information. Each record names its source; the authentic texts and the official record are those kept by the Treaty Office of the Council of Europe.</p>'
 || '<p>Links to other sites are offered for convenience; the Council of Europe is not responsible for their content.</p>',
 'PUBLISHED', '2026-12-04 12:00:00+01', '2026-12-04 12:00:00+01', 2, '2026-12-04 12:00:00+01', '2026-12-04 12:00:00+01'),
('privacy', 'Privacy',
 'What the portal records about visitors and editors.',
 '<p>Visitors read the portal without an account. Public pages set no cookie and the portal uses no analytics or advertising service.</p>'
 || '<p>Editors and administrators who sign in receive a session cookie, which ends when they sign out or after a period without activity. The portal records who changed what and when (the revision history and the audit log), so that every change can be traced and undone.</p>'
 || '<p>The servers keep technical logs of requests for the security of the site.</p>',
 'PUBLISHED', '2026-12-04 12:00:00+01', '2026-12-04 12:00:00+01', 3, '2026-12-04 12:00:00+01', '2026-12-04 12:00:00+01'),
('accessibility', 'Accessibility statement',
 'The portal aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA.',
 '<p>The portal aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, in English and in French.</p>'
 || '<h2>How it is checked</h2><ul><li>Every public page, in both languages, and every administration form is checked by axe-core (WCAG 2.1 A and AA rules) and by the Nu HTML Checker each time the software is built; a single violation stops the build.</li><li>Every public page is checked at the width of a phone (390 pixels): nothing may overflow the screen.</li><li>Each page declares its language, and text shown in another language for want of a translation is marked as such.</li></ul>'
 || '<h2>Known limits</h2><p>Documents in PDF come from many sources and may not all be accessible. Ask for another format through the contact page.</p>'
 || '<h2>Report a problem</h2><p>If something on the portal is hard to use, tell us through the <a href="/contact">contact page</a>.</p>',
 'PUBLISHED', '2026-12-04 12:00:00+01', '2026-12-04 12:00:00+01', 4, '2026-12-04 12:00:00+01', '2026-12-04 12:00:00+01')
on conflict (slug) do nothing;
