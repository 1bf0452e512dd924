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
