-- Demo content for the Cybercrime portal: categories and the news items and press
-- releases of the 2008 Council of Europe Cybercrime page (October 2007 to October 2008).
-- Flyway repeatable migration (PostgreSQL). Idempotent: it only inserts rows that are
-- missing (on conflict do nothing) and never updates or deletes existing rows, so it can
-- run any number of times without duplicating data or overwriting changes made by editors.
-- Times are 10:00 in Strasbourg (+01 in winter, +02 in summer time). An item the seed
-- dates only to the month is dated to the month (date_precision 'MONTH') at 00:00 on its
-- first day, rather than on a made-up day.

-- Categories -------------------------------------------------------------------------

insert into category (slug, name) values
    ('workshops', 'Workshops'),
    ('conferences', 'Conferences'),
    ('treaty-actions', 'Treaty actions'),
    ('project-on-cybercrime', 'Project on Cybercrime'),
    ('t-cy', 'Cybercrime Convention Committee (T-CY)'),
    ('international-cooperation', 'International cooperation')
on conflict (slug) do nothing;

-- 2008-10-30 Sri Lanka (NEWS) ------------------------------------------------------------

insert into article (kind, slug, title, summary, body, state,
                     publish_at, first_published_at, created_at, updated_at, author_id)
values ('NEWS',
        'sri-lanka-workshop-for-judges-prosecutors-and-investigators',
        'Workshop on cybercrime for judges, prosecutors and investigators in Sri Lanka',
        'A workshop held in Colombo on 27 and 28 October 2008 found that Sri Lanka''s new cybercrime law satisfies the minimum standards of the Convention on Cybercrime and that the country should consider acceding to the treaty.',
        '<p>A workshop on cybercrime for judges, prosecutors and investigators took place in Colombo, Sri Lanka, on 27 and 28 October 2008. It was organised jointly by the Information and Communication Technology Agency of Sri Lanka and the Council of Europe, and brought together criminal justice practitioners who are called upon to apply the country''s new legislation on cybercrime.</p>'
        || '<p>Speakers included the Minister of Science and Technology, the Attorney General and the Secretary of Justice, together with other senior representatives of the Sri Lankan authorities. Their participation underlined the importance the Government attaches to an effective criminal justice response to offences committed against or by means of computer systems.</p>'
        || '<p>Discussions centred on the new cybercrime law, in force since July 2008. Participants examined its provisions in the light of the <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a> and found that the law satisfies the minimum standards set by the Convention. In view of this, it emerged from the discussions that Sri Lanka should consider acceding to the treaty, which would give its authorities access to the framework for international cooperation that links the Parties.</p>'
        || '<p>The Council of Europe supports activities of this kind through its Project on Cybercrime, which helps countries worldwide strengthen their legislation and the capacities of judges, prosecutors and investigators. More information is available on the <a href="/countries/lk">country page for Sri Lanka</a>.</p>',
        'PUBLISHED',
        '2008-10-30 10:00:00+01', '2008-10-30 10:00:00+01', '2008-10-30 10:00:00+01', '2008-10-30 10:00:00+01', null)
on conflict (kind, slug) do nothing;

insert into article_category (article_id, category_id)
select a.id, c.id from article a join category c on c.slug in ('workshops', 'project-on-cybercrime')
where a.kind = 'NEWS' and a.slug = 'sri-lanka-workshop-for-judges-prosecutors-and-investigators'
on conflict do nothing;

-- 2008-10-30 Turkey (NEWS) ---------------------------------------------------------------

insert into article (kind, slug, title, summary, body, state,
                     publish_at, first_published_at, created_at, updated_at, author_id)
values ('NEWS',
        'cybercrime-workshop-in-turkey',
        'Cybercrime workshop in Turkey',
        'Held in Bolu on 23 and 24 October 2008, the workshop raised awareness of cybercrime issues, contributed to the training of judges and promoted the implementation of the Convention on Cybercrime in Turkey.',
        '<p>A workshop on cybercrime took place in Bolu, Turkey, on 23 and 24 October 2008. The Turkish authorities organised the event with support from Microsoft, and the Council of Europe took part in the discussions.</p>'
        || '<p>The event pursued several related aims: raising awareness of cybercrime matters among Turkish institutions and practitioners, contributing to the training of judges who deal with cases involving computer systems and electronic evidence, and promoting the implementation of the <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a>.</p>'
        || '<p>The workshop showed in practice how public and private partners, and a range of other stakeholders, can work together against cybercrime. Cooperation between public authorities and the private sector, including technology companies and service providers, is widely recognised as essential for preventing and investigating offences committed through information networks, where much of the relevant knowledge and data is held by private actors.</p>'
        || '<p>The Convention on Cybercrime offers a reference for countries developing comprehensive national legislation and serves as a framework for international cooperation between its Parties. The Council of Europe supports such efforts through its Project on Cybercrime. See also the <a href="/countries/tr">country page for Turkey</a>.</p>',
        'PUBLISHED',
        '2008-10-30 10:00:00+01', '2008-10-30 10:00:00+01', '2008-10-30 10:00:00+01', '2008-10-30 10:00:00+01', null)
on conflict (kind, slug) do nothing;

insert into article_category (article_id, category_id)
select a.id, c.id from article a join category c on c.slug in ('workshops', 'project-on-cybercrime')
where a.kind = 'NEWS' and a.slug = 'cybercrime-workshop-in-turkey'
on conflict do nothing;

-- 2008-10-20 Internet governance dialogue (PRESS_RELEASE) -------------------------------

insert into article (kind, slug, title, summary, body, state,
                     publish_at, first_published_at, created_at, updated_at, author_id)
values ('PRESS_RELEASE',
        'fostering-security-privacy-and-openness-on-the-internet',
        'Fostering Security, Privacy and Openness on the Internet',
        'On 20 and 21 October 2008 the Council of Europe hosts in Strasbourg a European-wide, multi-stakeholder dialogue in preparation of the Internet Governance Forum to be held in Hyderabad, India, in December 2008.',
        '<p>The Council of Europe is hosting a European-wide, open-ended dialogue on Internet governance in Strasbourg on 20 and 21 October 2008. The exchange is intended to prepare European contributions to the 2008 Internet Governance Forum (IGF), which will take place in Hyderabad, India, from 3 to 6 December 2008.</p>'
        || '<p>The Council of Europe agreed to host the meeting at the request of several stakeholders, among them states, industry and civil society. In keeping with the approach of the IGF itself, the dialogue is multi-stakeholder in nature and open to all who wish to contribute.</p>'
        || '<h2>Themes of the dialogue</h2>'
        || '<p>Discussions follow the main thematic debates and workshop proposals prepared for the IGF, with particular attention to fostering security, privacy and openness on the Internet. These objectives are closely linked: measures against cybercrime need to respect human rights and the rule of law, including the protection of personal data and freedom of expression, while preserving the open character of the network.</p>'
        || '<p>The Council of Europe contributes to these debates on the basis of its standards, among them the <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a>, which combines effective criminal justice measures with conditions and safeguards for the protection of fundamental rights. The outcome of the Strasbourg exchange is expected to inform the discussions in Hyderabad. Information on the dialogue is also published on the EuroDIG website; see also <a href="/events">events</a>.</p>',
        'PUBLISHED',
        '2008-10-20 10:00:00+02', '2008-10-20 10:00:00+02', '2008-10-20 10:00:00+02', '2008-10-20 10:00:00+02', null)
on conflict (kind, slug) do nothing;

insert into article_category (article_id, category_id)
select a.id, c.id from article a join category c on c.slug in ('conferences', 'international-cooperation')
where a.kind = 'PRESS_RELEASE' and a.slug = 'fostering-security-privacy-and-openness-on-the-internet'
on conflict do nothing;

-- 2008-09-05 Latin America, Bogotá (NEWS) -------------------------------------------------

insert into article (kind, slug, title, summary, body, state,
                     publish_at, first_published_at, created_at, updated_at, author_id)
values ('NEWS',
        'workshop-on-cybercrime-legislation-in-latin-america',
        'Workshop on cybercrime legislation in Latin America',
        'From 3 to 5 September 2008 a workshop in Bogotá, Colombia, reviewed the cybercrime legislation of 17 Latin American countries against the provisions of the Convention on Cybercrime.',
        '<p>A workshop on cybercrime legislation in Latin America was held in Bogotá, Colombia, from 3 to 5 September 2008. It was organised jointly by:</p>'
        || '<ul><li>the Ministry of Foreign Affairs of Colombia;</li><li>the Organisation of American States (OAS);</li><li>the United States Department of Justice;</li><li>the Council of Europe.</li></ul>'
        || '<p>At the core of the workshop, participants went through the cybercrime legislation of 17 Latin American countries in detail. National laws and draft laws were examined against the provisions of the <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a>, which cover substantive criminal law, procedural powers for investigating offences and securing electronic evidence, and international cooperation.</p>'
        || '<p>The review helped participating countries identify where their legislation is already consistent with the Convention and where further amendments may be needed. Harmonised legislation is an important condition for effective cooperation across borders, since cybercrime investigations frequently require evidence held in other jurisdictions.</p>'
        || '<p>The workshop builds on the cooperation between the OAS and the Council of Europe in promoting the Convention in the Americas. The programme was made available in English and Spanish. See also the <a href="/countries/co">country page for Colombia</a>.</p>',
        'PUBLISHED',
        '2008-09-05 10:00:00+02', '2008-09-05 10:00:00+02', '2008-09-05 10:00:00+02', '2008-09-05 10:00:00+02', null)
on conflict (kind, slug) do nothing;

insert into article_category (article_id, category_id)
select a.id, c.id from article a join category c on c.slug in ('workshops', 'international-cooperation')
where a.kind = 'NEWS' and a.slug = 'workshop-on-cybercrime-legislation-in-latin-america'
on conflict do nothing;

-- 2008-06-30 Azerbaijan signs (PRESS_RELEASE) ---------------------------------------------

insert into article (kind, slug, title, summary, body, state,
                     publish_at, first_published_at, created_at, updated_at, author_id)
values ('PRESS_RELEASE',
        'azerbaijan-signs-the-convention-on-cybercrime',
        'Azerbaijan signs the Convention on Cybercrime',
        'Azerbaijan signed the Convention on Cybercrime on 30 June 2008. Minister of Communication and Information Technology Ali Abbasov signed on behalf of his country, with the Secretary General of the Council of Europe in attendance.',
        '<p>Azerbaijan signed the <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a> on 30 June 2008. Mr Ali Abbasov, Minister of Communication and Information Technology, signed on behalf of Azerbaijan; the Secretary General of the Council of Europe attended the signature.</p>'
        || '<p>The Convention on Cybercrime is the only binding international instrument in this field. It requires Parties to criminalise offences against the confidentiality, integrity and availability of computer data and systems as well as computer-related and content-related offences, to give their authorities the procedural powers needed to investigate such offences and secure electronic evidence, and to cooperate efficiently with one another.</p>'
        || '<p>Signature expresses a state''s intention to become a Party to the treaty. The Convention will enter into force for Azerbaijan once it has been ratified and the instrument of ratification has been deposited with the Secretary General. In the meantime, the Convention can already serve as a guideline for the further development of national legislation.</p>'
        || '<p>The Council of Europe stands ready to support Azerbaijan in the ratification and implementation of the Convention, including through its Project on Cybercrime. The status of signatures and ratifications is shown on the <a href="/countries/az">country page for Azerbaijan</a>.</p>',
        'PUBLISHED',
        '2008-06-30 10:00:00+02', '2008-06-30 10:00:00+02', '2008-06-30 10:00:00+02', '2008-06-30 10:00:00+02', null)
on conflict (kind, slug) do nothing;

insert into article_category (article_id, category_id)
select a.id, c.id from article a join category c on c.slug in ('treaty-actions')
where a.kind = 'PRESS_RELEASE' and a.slug = 'azerbaijan-signs-the-convention-on-cybercrime'
on conflict do nothing;

-- 2008-06-30 West Africa, Cotonou (NEWS) --------------------------------------------------

insert into article (kind, slug, title, summary, body, state,
                     publish_at, first_published_at, created_at, updated_at, author_id)
values ('NEWS',
        'cybercrime-legislation-workshop-for-west-african-countries',
        'Workshop on cybercrime legislation and capacity building for West African countries',
        'A regional workshop on cybercrime legislation and capacity building for West African countries will take place in Cotonou, Benin, from 9 to 11 July 2008, with the participation of the Council of Europe.',
        '<p>A regional workshop on cybercrime legislation and capacity building for countries of West Africa is scheduled to take place in Cotonou, Benin, from 9 to 11 July 2008. The United States Department of Justice is organising the event, in which the Council of Europe will take part.</p>'
        || '<p>One of its purposes is to assist countries of the region in drafting legislation consistent with the <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a>. Discussions are expected to cover the definition of offences against and by means of computer systems, the procedural powers needed to investigate cybercrime and secure electronic evidence, the capacities of law enforcement and judicial authorities, and the channels available for international cooperation.</p>'
        || '<p>As information and communication technologies spread, countries in West Africa face challenges similar to those of other regions in preventing and prosecuting cybercrime. Legislation that is consistent with an international standard makes it easier for their authorities to cooperate with counterparts abroad, and for other countries to assist them.</p>'
        || '<p>The Council of Europe''s participation forms part of its wider effort to support countries in all regions of the world in strengthening their legislation against cybercrime. See also <a href="/events">events</a> and the <a href="/countries/bj">country page for Benin</a>.</p>',
        'PUBLISHED',
        '2008-06-30 10:00:00+02', '2008-06-30 10:00:00+02', '2008-06-30 10:00:00+02', '2008-06-30 10:00:00+02', null)
on conflict (kind, slug) do nothing;

insert into article_category (article_id, category_id)
select a.id, c.id from article a join category c on c.slug in ('workshops', 'international-cooperation')
where a.kind = 'NEWS' and a.slug = 'cybercrime-legislation-workshop-for-west-african-countries'
on conflict do nothing;

-- 2008-05-26 CeCOS II, Tokyo (NEWS) -------------------------------------------------------

insert into article (kind, slug, title, summary, body, state,
                     publish_at, first_published_at, created_at, updated_at, author_id)
values ('NEWS',
        'counter-ecrime-operations-summit-tokyo',
        'Counter-eCrime Operations Summit in Tokyo',
        'The Council of Europe contributes to the second Counter-eCrime Operations Summit (CeCOS II) in Tokyo on 26 and 27 May 2008, in support of efforts in the Asia Pacific region to align legislation with the Convention on Cybercrime.',
        '<p>The Council of Europe is contributing to the second Counter-eCrime Operations Summit (CeCOS II), which takes place in Tokyo, Japan, on 26 and 27 May 2008.</p>'
        || '<p>Countries of the Asia Pacific region are making important efforts to strengthen their legislation on cybercrime in line with the <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a>. The Council of Europe''s contribution to the summit is intended to support these efforts by presenting the Convention and the experience gained with its implementation.</p>'
        || '<p>The summit brings together practitioners concerned with the fight against electronic crime. Meetings of this kind provide an opportunity to exchange information on current threats and on the legal and practical tools available to counter them, and to strengthen contacts between public authorities and the private sector.</p>'
        || '<p>The Convention on Cybercrime is open to accession by states that are not members of the Council of Europe, and its provisions can serve as a guideline for any country developing national legislation, whether or not it intends to become a Party. The Council of Europe supports such work through its Project on Cybercrime. See also the <a href="/countries/jp">country page for Japan</a> and <a href="/events">events</a>.</p>',
        'PUBLISHED',
        '2008-05-26 10:00:00+02', '2008-05-26 10:00:00+02', '2008-05-26 10:00:00+02', '2008-05-26 10:00:00+02', null)
on conflict (kind, slug) do nothing;

insert into article_category (article_id, category_id)
select a.id, c.id from article a join category c on c.slug in ('conferences', 'international-cooperation')
where a.kind = 'NEWS' and a.slug = 'counter-ecrime-operations-summit-tokyo'
on conflict do nothing;

-- 2008-05-13 Caribbean, Port of Spain (NEWS) ----------------------------------------------

insert into article (kind, slug, title, summary, body, state,
                     publish_at, first_published_at, created_at, updated_at, author_id)
values ('NEWS',
        'council-of-europe-supports-caribbean-cybercrime-legislation',
        'Council of Europe supports Caribbean region in strengthening cybercrime legislation',
        'From 13 to 15 May 2008 the Council of Europe is taking part in a Caribbean workshop on cybercrime legislation in Port of Spain, Trinidad and Tobago, aimed at bringing national laws into line with the Convention on Cybercrime.',
        '<p>From 13 to 15 May 2008, the Council of Europe is providing expertise to a regional workshop on cybercrime legislation for the Caribbean, taking place in Port of Spain, Trinidad and Tobago. The workshop is organised by the Organisation of American States (OAS) and the United States Department of Justice.</p>'
        || '<p>Fourteen countries of the region are taking part. The aim of the workshop is to support them in strengthening their legislation in line with the <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a>, so that national laws provide for the offences, investigative powers and cooperation mechanisms needed to deal with crime involving computer systems.</p>'
        || '<p>The Council of Europe brings its experience with the Convention, which offers countries a model for complete national legislation on cybercrime and gives its Parties a common basis for cooperating with one another. A common legal basis facilitates cooperation in cases where offenders, victims and evidence are located in different countries, as is often the case with cybercrime.</p>'
        || '<p>The workshop is part of the cooperation between the Council of Europe and the OAS in promoting the Convention on Cybercrime in the Americas. See also the <a href="/countries/tt">country page for Trinidad and Tobago</a>.</p>',
        'PUBLISHED',
        '2008-05-13 10:00:00+02', '2008-05-13 10:00:00+02', '2008-05-13 10:00:00+02', '2008-05-13 10:00:00+02', null)
on conflict (kind, slug) do nothing;

insert into article_category (article_id, category_id)
select a.id, c.id from article a join category c on c.slug in ('workshops', 'international-cooperation')
where a.kind = 'NEWS' and a.slug = 'council-of-europe-supports-caribbean-cybercrime-legislation'
on conflict do nothing;

-- 2008-04-17 Dominican Republic (PRESS_RELEASE) -------------------------------------------

insert into article (kind, slug, title, summary, body, state,
                     publish_at, first_published_at, created_at, updated_at, author_id)
values ('PRESS_RELEASE',
        'dominican-republic-accession-to-the-cybercrime-convention',
        'Dominican Republic accession to the Cybercrime Convention',
        'A conference held in Santo Domingo on 16 April 2008 found that the 2007 cybercrime law of the Dominican Republic is in line with the Convention on Cybercrime and that accession would open new opportunities for international cooperation.',
        '<p>On 16 April 2008, Santo Domingo hosted a conference on the "integration of the Dominican Republic into the Convention on Cybercrime". The organisers were the National Police and INDOTEL, the Dominican telecommunications institute, working together with Microsoft.</p>'
        || '<p>Participants considered the legislation on cybercrime adopted by the Dominican Republic in 2007. The conference concluded that this legislation brings national law into compliance with the <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a>.</p>'
        || '<p>The conference also noted that compliant legislation is only part of the picture. Actual accession to the Convention would offer the Dominican Republic new opportunities for international cooperation, giving its authorities access to the mutual assistance arrangements of the treaty and to the network of contact points available around the clock among the Parties.</p>'
        || '<p>The Convention is open to accession by states that are not members of the Council of Europe, upon invitation by the Committee of Ministers. The Council of Europe will continue to support the Dominican Republic as it considers this step. See the <a href="/countries/do">country page for the Dominican Republic</a>.</p>',
        'PUBLISHED',
        '2008-04-17 10:00:00+02', '2008-04-17 10:00:00+02', '2008-04-17 10:00:00+02', '2008-04-17 10:00:00+02', null)
on conflict (kind, slug) do nothing;

insert into article_category (article_id, category_id)
select a.id, c.id from article a join category c on c.slug in ('conferences', 'treaty-actions')
where a.kind = 'PRESS_RELEASE' and a.slug = 'dominican-republic-accession-to-the-cybercrime-convention'
on conflict do nothing;

-- 2008-04-04 T-CY third meeting (NEWS) ----------------------------------------------------

insert into article (kind, slug, title, summary, body, state,
                     publish_at, first_published_at, created_at, updated_at, author_id)
values ('NEWS',
        'meeting-of-the-cybercrime-convention-committee-t-cy',
        'Meeting of the Cybercrime Convention Committee (T-CY)',
        'The Cybercrime Convention Committee (T-CY) held its third meeting in Strasbourg on 3 and 4 April 2008, directly after the Octopus Interface Conference on cooperation against cybercrime.',
        '<p>The third meeting of the Cybercrime Convention Committee (T-CY) took place in Strasbourg on 3 and 4 April 2008, in the new building of the Council of Europe. It followed the Octopus Interface Conference on cooperation against cybercrime, which had taken place in the same building on 1 and 2 April 2008.</p>'
        || '<p>The <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a> foresees regular consultations among its Parties, who meet at least once a year as the T-CY. The Committee provides a forum in which the Parties can:</p>'
        || '<ul><li>review the use and implementation of the Convention;</li><li>exchange information on significant legal, policy and technological developments;</li><li>consider possible supplements or amendments to the Convention.</li></ul>'
        || '<p>Holding the meeting immediately after the Octopus conference allowed delegations to take into account the discussions among experts from the public and private sectors, including the guidelines on cooperation between law enforcement and internet service providers adopted by the conference on 2 April 2008.</p>'
        || '<p>Further information on the Octopus Interface Conference 2008 and on forthcoming meetings is available under <a href="/news">news</a> and <a href="/events">events</a>.</p>',
        'PUBLISHED',
        '2008-04-04 10:00:00+02', '2008-04-04 10:00:00+02', '2008-04-04 10:00:00+02', '2008-04-04 10:00:00+02', null)
on conflict (kind, slug) do nothing;

insert into article_category (article_id, category_id)
select a.id, c.id from article a join category c on c.slug in ('t-cy')
where a.kind = 'NEWS' and a.slug = 'meeting-of-the-cybercrime-convention-committee-t-cy'
on conflict do nothing;

-- 2008-04-02 Octopus Interface 2008 (PRESS_RELEASE) ---------------------------------------

insert into article (kind, slug, title, summary, body, state,
                     publish_at, first_published_at, created_at, updated_at, author_id)
values ('PRESS_RELEASE',
        'octopus-interface-2008-adopts-cooperation-guidelines',
        'Octopus Interface 2008: conference adopts guidelines on law enforcement – service provider cooperation',
        'Over 200 experts on cybercrime met in Strasbourg on 1 and 2 April 2008 for the Octopus Interface Conference, which adopted guidelines to foster cooperation between law enforcement authorities and internet service providers.',
        '<p>Over 200 experts on cybercrime from around the world took part in the Octopus Interface Conference "Cooperation against cybercrime", held at the Council of Europe in Strasbourg on 1 and 2 April 2008. Participants came from public authorities, the private sector and international organisations.</p>'
        || '<h2>Guidelines on law enforcement – service provider cooperation</h2>'
        || '<p>Among other results, the conference adopted guidelines that will help law enforcement authorities and internet service providers cooperate in the investigation of cybercrime. The guidelines, adopted on 2 April 2008 and prepared on the basis of a background study, are intended to help both sides structure their relations in a way that is efficient and respects the rights of users. They address, among other points:</p>'
        || '<ul><li>procedures for requests for information from law enforcement to service providers;</li><li>the designation of trained contact persons on both sides;</li><li>the protection of the fundamental rights of users, including data protection.</li></ul>'
        || '<p>The conference was followed by the third meeting of the Cybercrime Convention Committee (T-CY) on 3 and 4 April 2008. Both events form part of the Council of Europe''s work in support of the <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a> and of the Project on Cybercrime. See also <a href="/events">events</a> and <a href="/news">news</a>.</p>',
        'PUBLISHED',
        '2008-04-02 10:00:00+02', '2008-04-02 10:00:00+02', '2008-04-02 10:00:00+02', '2008-04-02 10:00:00+02', null)
on conflict (kind, slug) do nothing;

insert into article_category (article_id, category_id)
select a.id, c.id from article a join category c on c.slug in ('conferences', 'international-cooperation', 'project-on-cybercrime')
where a.kind = 'PRESS_RELEASE' and a.slug = 'octopus-interface-2008-adopts-cooperation-guidelines'
on conflict do nothing;

-- 2008-02 Estonian contribution (PRESS_RELEASE; the seed gives only the month) ------------

insert into article (kind, slug, title, summary, body, state, date_precision,
                     publish_at, first_published_at, created_at, updated_at, author_id)
values ('PRESS_RELEASE',
        'estonian-contribution-to-the-project-on-cybercrime',
        'Estonian contribution to the Project on Cybercrime',
        'Estonia has pledged EUR 50,000 to the Council of Europe''s Project on Cybercrime to fund activities planned for 2008.',
        '<p>The Government of Estonia has pledged a contribution of EUR 50,000 to the Council of Europe''s Project on Cybercrime. The funds will finance activities planned in the project''s workplan for 2008.</p>'
        || '<p>With this contribution, the Council of Europe can pursue its assistance to countries around the world in implementing the <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a>. Under the Project on Cybercrime, the Council of Europe assists countries in all regions to:</p>'
        || '<ul><li>develop legislation in line with the Convention and its <a href="/treaties/189">Protocol on Xenophobia and Racism (ETS 189)</a>;</li><li>train judges, prosecutors and law enforcement officers;</li><li>strengthen cooperation between law enforcement and service providers;</li><li>prepare for ratification of or accession to the Convention.</li></ul>'
        || '<p>Voluntary contributions of this kind make it possible to respond to requests for assistance from countries that are developing their legislation on cybercrime. The activities foreseen are set out in the project summary and workplan for 2008 and 2009.</p>'
        || '<p>More information is available on the <a href="/countries/ee">country page for Estonia</a>.</p>',
        'PUBLISHED', 'MONTH',
        '2008-02-01 00:00:00+01', '2008-02-01 00:00:00+01', '2008-02-01 00:00:00+01', '2008-02-01 00:00:00+01', null)
on conflict (kind, slug) do nothing;

insert into article_category (article_id, category_id)
select a.id, c.id from article a join category c on c.slug in ('project-on-cybercrime')
where a.kind = 'PRESS_RELEASE' and a.slug = 'estonian-contribution-to-the-project-on-cybercrime'
on conflict do nothing;

-- 2007-12-18 Plovdiv (NEWS) ---------------------------------------------------------------

insert into article (kind, slug, title, summary, body, state,
                     publish_at, first_published_at, created_at, updated_at, author_id)
values ('NEWS',
        'regional-workshop-on-cybercrime-plovdiv',
        'Regional workshop on cybercrime in Plovdiv, Bulgaria',
        'A regional workshop held in Plovdiv, Bulgaria, on 17 and 18 December 2007 reviewed cybercrime legislation and addressed the training of judges in cybercrime matters.',
        '<p>A regional workshop on cybercrime took place in Plovdiv, Bulgaria, on 17 and 18 December 2007. The workshop was devoted to two related subjects: the review of legislation on cybercrime and the training of judges in cybercrime matters.</p>'
        || '<p>Reviewing national legislation against the provisions of the <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a> helps countries identify gaps in their substantive and procedural criminal law. The Convention serves as a guideline for countries developing comprehensive legislation and provides a framework for international cooperation between its Parties.</p>'
        || '<p>Legislation alone is not sufficient: judges must also be equipped to apply it. Cases involving computer systems often raise technical and legal questions, for example concerning the nature, collection and admissibility of electronic evidence. Training helps judges handle such cases with confidence and contributes to a consistent application of the law.</p>'
        || '<p>Bringing participants together at regional level also allows practitioners to compare experience and to build the contacts on which cooperation in cross-border cases depends. The Council of Europe supports regional activities of this kind through its Project on Cybercrime. See also the <a href="/countries/bg">country page for Bulgaria</a>.</p>',
        'PUBLISHED',
        '2007-12-18 10:00:00+01', '2007-12-18 10:00:00+01', '2007-12-18 10:00:00+01', '2007-12-18 10:00:00+01', null)
on conflict (kind, slug) do nothing;

insert into article_category (article_id, category_id)
select a.id, c.id from article a join category c on c.slug in ('workshops', 'project-on-cybercrime')
where a.kind = 'NEWS' and a.slug = 'regional-workshop-on-cybercrime-plovdiv'
on conflict do nothing;

-- 2007-11-27 Cairo (NEWS) -----------------------------------------------------------------

insert into article (kind, slug, title, summary, body, state,
                     publish_at, first_published_at, created_at, updated_at, author_id)
values ('NEWS',
        'conference-on-cybercrime-in-the-arab-region',
        'Conference on cybercrime in the Arab region',
        'A regional conference in Cairo on 26 and 27 November 2007 closed with a declaration calling on Arab countries to take the Convention on Cybercrime as the model for their national cybercrime laws.',
        '<p>A regional conference on cybercrime in the Arab region was held in Cairo, Egypt, on 26 and 27 November 2007.</p>'
        || '<p>The conference ended with the adoption of the Cairo Declaration, which recommends that Arab states draw on the <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a> as the model when preparing national laws against cybercrime.</p>'
        || '<p>The recommendation reflects the role of the Convention as the only binding international instrument in this field. Legislation based on a common model makes it easier for countries to cooperate with one another and with Parties to the Convention in other regions, for instance when evidence must be obtained from abroad or when offenders and victims are located in different countries.</p>'
        || '<p>The Cairo Declaration is available in Arabic and English. To support work in the region, the Convention and its <a href="/treaties/189">Additional Protocol concerning the criminalisation of acts of a racist and xenophobic nature committed through computer systems (ETS 189)</a> are also available in Arabic. See the <a href="/countries/eg">country page for Egypt</a>.</p>',
        'PUBLISHED',
        '2007-11-27 10:00:00+01', '2007-11-27 10:00:00+01', '2007-11-27 10:00:00+01', '2007-11-27 10:00:00+01', null)
on conflict (kind, slug) do nothing;

insert into article_category (article_id, category_id)
select a.id, c.id from article a join category c on c.slug in ('conferences', 'international-cooperation')
where a.kind = 'NEWS' and a.slug = 'conference-on-cybercrime-in-the-arab-region'
on conflict do nothing;

-- 2007-11-20 OAS, Washington (NEWS) -------------------------------------------------------

insert into article (kind, slug, title, summary, body, state,
                     publish_at, first_published_at, created_at, updated_at, author_id)
values ('NEWS',
        'oas-expert-meeting-on-cybercrime',
        'OAS expert meeting on cybercrime',
        'The Council of Europe took part in a meeting of cybercrime experts of the Organisation of American States in Washington on 19 and 20 November 2007, where the Convention on Cybercrime generated considerable interest.',
        '<p>The Council of Europe participated in a meeting of experts on cybercrime of the Organisation of American States (OAS), held in Washington, United States, on 19 and 20 November 2007.</p>'
        || '<p>The <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a> generated considerable interest among participants. The Convention is open to accession by states that are not members of the Council of Europe, and it offers both a model for national cybercrime laws and a basis for cooperation between states.</p>'
        || '<p>The meeting is to be followed up by a joint regional event of the OAS and the Council of Europe on cybercrime legislation, planned for June or July 2008. The event is intended to help countries of the region review their legislation against the provisions of the Convention.</p>'
        || '<p>Cooperation between the two organisations reflects a shared interest in consistent legal standards across regions. Cybercrime does not stop at national borders, and effective investigations often depend on cooperation between countries in different parts of the world. See also <a href="/events">events</a> and the <a href="/countries/us">country page for the United States</a>.</p>',
        'PUBLISHED',
        '2007-11-20 10:00:00+01', '2007-11-20 10:00:00+01', '2007-11-20 10:00:00+01', '2007-11-20 10:00:00+01', null)
on conflict (kind, slug) do nothing;

insert into article_category (article_id, category_id)
select a.id, c.id from article a join category c on c.slug in ('conferences', 'international-cooperation')
where a.kind = 'NEWS' and a.slug = 'oas-expert-meeting-on-cybercrime'
on conflict do nothing;

-- 2007-11-09 Tomar (NEWS) -----------------------------------------------------------------

insert into article (kind, slug, title, summary, body, state,
                     publish_at, first_published_at, created_at, updated_at, author_id)
values ('NEWS',
        'conference-on-identity-fraud-tomar',
        'Conference on identity fraud in Tomar, Portugal',
        'The Council of Europe contributed to a conference on identity fraud held in Tomar, Portugal, from 7 to 9 November 2007, notably to the panel dealing with cybercrime and identity theft.',
        '<p>A conference on identity fraud took place in Tomar, Portugal, from 7 to 9 November 2007. The Council of Europe''s contribution focused on the panel dealing with cybercrime and identity theft.</p>'
        || '<p>Identity theft, the misuse of another person''s identity information, increasingly involves computer systems and the internet, whether to obtain personal data, to trade it or to use it to commit fraud. Much of this conduct is covered by the <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a>, for example through its provisions on illegal access, computer-related forgery and computer-related fraud, while its procedural provisions allow authorities to secure the electronic evidence needed to investigate such offences.</p>'
        || '<p>In its conclusions, the conference called on every EU member state to make ratification and full implementation of the Convention on Cybercrime a priority, as this would make it easier to investigate and prosecute identity theft.</p>'
        || '<p>As a contribution to these discussions, a discussion paper was made available on how identity theft relates to the Convention on Cybercrime, examining how the Convention applies to the different stages of identity-related crime.</p>',
        'PUBLISHED',
        '2007-11-09 10:00:00+01', '2007-11-09 10:00:00+01', '2007-11-09 10:00:00+01', '2007-11-09 10:00:00+01', null)
on conflict (kind, slug) do nothing;

insert into article_category (article_id, category_id)
select a.id, c.id from article a join category c on c.slug in ('conferences')
where a.kind = 'NEWS' and a.slug = 'conference-on-identity-fraud-tomar'
on conflict do nothing;

-- 2007-11-01 Indonesia (NEWS) -------------------------------------------------------------

insert into article (kind, slug, title, summary, body, state,
                     publish_at, first_published_at, created_at, updated_at, author_id)
values ('NEWS',
        'review-of-cybercrime-legislation-in-indonesia',
        'Review of cybercrime legislation in Indonesia',
        'Through the Project on Cybercrime, the Council of Europe helped the Indonesian authorities in Jakarta to examine their draft cybercrime legislation.',
        '<p>Through its Project on Cybercrime, the Council of Europe has helped the Indonesian authorities in Jakarta to examine their draft legislation on cybercrime.</p>'
        || '<p>The review considered the draft provisions in the light of the <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a>, which serves as a guideline for countries developing comprehensive national legislation. The Convention addresses:</p>'
        || '<ul><li>offences against the confidentiality, integrity and availability of computer data and systems;</li><li>computer-related and content-related offences;</li><li>procedural powers to investigate cybercrime and secure electronic evidence;</li><li>international cooperation, including mutual legal assistance.</li></ul>'
        || '<p>Legislative reviews of this kind are among the main forms of assistance offered by the Project on Cybercrime. They help countries ensure that new laws are consistent with international standards and can serve as a sound basis for cooperation with other states in the investigation and prosecution of cybercrime.</p>'
        || '<p>To facilitate this work, a version of the Convention in Bahasa Indonesia is available. See also the <a href="/countries/id">country page for Indonesia</a>.</p>',
        'PUBLISHED',
        '2007-11-01 10:00:00+01', '2007-11-01 10:00:00+01', '2007-11-01 10:00:00+01', '2007-11-01 10:00:00+01', null)
on conflict (kind, slug) do nothing;

insert into article_category (article_id, category_id)
select a.id, c.id from article a join category c on c.slug in ('project-on-cybercrime')
where a.kind = 'NEWS' and a.slug = 'review-of-cybercrime-legislation-in-indonesia'
on conflict do nothing;
