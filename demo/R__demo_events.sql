-- Demo content for the Cybercrime portal: the events of the 2008 Council of Europe
-- Cybercrime page (the Octopus Interface conferences 2007, 2008 and 2009 with the T-CY
-- meetings after them, and the regional workshops and conferences), each linked to its
-- news item. Flyway repeatable migration (PostgreSQL). Idempotent: it only inserts rows
-- that are missing (on conflict do nothing) and never updates or deletes, so it can run
-- any number of times without duplicating data or overwriting editors' changes.
--
-- Dates and places are those of the page. The page gives no hours: the Strasbourg
-- conferences and meetings have illustrative working hours (local time, Europe/Paris),
-- the other events are all-day events in their own time zone. Each was announced (made
-- public) 30 days before it started, at 10:00 Strasbourg time. The programmes and other
-- documents are in the document library (DemoDocuments, when demo content is on).

insert into event (slug, title, summary, body, state, publish_at, first_published_at, created_at, updated_at,
                   all_day, start_date, end_date, start_time, end_time, time_zone, starts_at, ends_at,
                   venue, city, country_code)
select v.slug, v.title, v.summary, v.body, 'PUBLISHED', v.announced, v.announced, v.announced, v.announced,
       v.start_time is null, v.start_date, v.end_date, v.start_time, v.end_time, v.time_zone,
       case when v.start_time is null then v.start_date::timestamp at time zone v.time_zone
            else (v.start_date + v.start_time) at time zone v.time_zone end,
       case when v.end_time is null then (v.end_date + 1)::timestamp at time zone v.time_zone
            else (v.end_date + v.end_time) at time zone v.time_zone end,
       v.venue, v.city, v.country_code
from (
    select w.*, (w.start_date - 30 + time '10:00') at time zone 'Europe/Paris' as announced
    from (values

('octopus-interface-2007',
 'Octopus Interface conference 2007: cooperation against cybercrime',
 'Experts from governments, law enforcement, industry and international organisations meet in Strasbourg to take stock of the implementation of the Convention on Cybercrime.',
 '<p>The Octopus Interface conference brings together cybercrime experts from public authorities, the private sector and international organisations to review how the <a href="/treaties/185">Convention on Cybercrime (ETS 185)</a> is implemented around the world and how cooperation against cybercrime can be improved.</p>'
 || '<p>The conference is followed by the second meeting of the Cybercrime Convention Committee (T-CY).</p>',
 date '2007-06-11', date '2007-06-12', time '09:30', time '18:00', 'Europe/Paris',
 'Council of Europe', 'Strasbourg', 'FR'),

('t-cy-second-meeting-2007',
 'Second meeting of the Cybercrime Convention Committee (T-CY)',
 'The Parties to the Convention on Cybercrime meet in Strasbourg as the Cybercrime Convention Committee, after the Octopus Interface conference.',
 '<p>The Convention on Cybercrime foresees regular consultations of the Parties, who meet at least once a year as the <a href="/t-cy-committee">Cybercrime Convention Committee (T-CY)</a>.</p>',
 date '2007-06-13', date '2007-06-14', time '09:30', time '17:30', 'Europe/Paris',
 'Council of Europe', 'Strasbourg', 'FR'),

('octopus-interface-2008',
 'Octopus Interface conference 2008: cooperation against cybercrime',
 'More than 200 cybercrime experts from all over the world meet in Strasbourg; the conference adopts guidelines for cooperation between law enforcement and internet service providers.',
 '<p>The Octopus Interface conference "Cooperation against cybercrime" gathers more than 200 experts from all over the world in Strasbourg on 1 and 2 April 2008.</p>'
 || '<p>Among other things, the conference adopts guidelines that will help foster cooperation between law enforcement authorities and internet service providers in the investigation of cybercrime. It is followed by the third meeting of the Cybercrime Convention Committee (T-CY) on 3 and 4 April.</p>',
 date '2008-04-01', date '2008-04-02', time '09:00', time '18:00', 'Europe/Paris',
 'Council of Europe', 'Strasbourg', 'FR'),

('t-cy-third-meeting-2008',
 'Third meeting of the Cybercrime Convention Committee (T-CY)',
 'The T-CY meets in Strasbourg, in the new building of the Council of Europe, after the Octopus Interface conference on cooperation against cybercrime.',
 '<p>The third meeting of the <a href="/t-cy-committee">Cybercrime Convention Committee (T-CY)</a> takes place in Strasbourg on 3 and 4 April 2008, in the new building of the Council of Europe, and follows the Octopus Interface conference held at the same premises on 1 and 2 April.</p>',
 date '2008-04-03', date '2008-04-04', time '09:30', time '17:30', 'Europe/Paris',
 'Council of Europe, new building', 'Strasbourg', 'FR'),

('octopus-interface-2009',
 'Octopus Interface conference 2009: cooperation against cybercrime',
 'The Octopus Interface conference returns to Strasbourg in March 2009, followed by the fourth meeting of the Cybercrime Convention Committee.',
 '<p>The Octopus Interface conference on cooperation against cybercrime takes place in Strasbourg on 10 and 11 March 2009. It is followed by the fourth meeting of the Cybercrime Convention Committee (T-CY) on 12 and 13 March.</p>',
 date '2009-03-10', date '2009-03-11', time '09:00', time '18:00', 'Europe/Paris',
 'Council of Europe', 'Strasbourg', 'FR'),

('t-cy-fourth-meeting-2009',
 'Fourth meeting of the Cybercrime Convention Committee (T-CY)',
 'The Parties to the Convention on Cybercrime meet in Strasbourg after the Octopus Interface conference 2009.',
 '<p>The fourth meeting of the <a href="/t-cy-committee">Cybercrime Convention Committee (T-CY)</a> takes place in Strasbourg on 12 and 13 March 2009, after the Octopus Interface conference.</p>',
 date '2009-03-12', date '2009-03-13', time '09:30', time '17:30', 'Europe/Paris',
 'Council of Europe', 'Strasbourg', 'FR'),

('workshop-on-cybercrime-colombo-2008',
 'Workshop on cybercrime for judges, prosecutors and investigators in Sri Lanka',
 'A joint event of the Information and Communication Technology Agency of Sri Lanka and the Council of Europe in Colombo.',
 '<p>This workshop is held in Colombo, Sri Lanka, on 27 and 28 October 2008 as a joint event of the Information and Communication Technology Agency of Sri Lanka and the Council of Europe. It examines the new law on cybercrime that entered into force in July 2008 in the light of the Convention on Cybercrime.</p>',
 date '2008-10-27', date '2008-10-28', null::time, null::time, 'Asia/Colombo',
 '', 'Colombo', 'LK'),

('cybercrime-workshop-bolu-2008',
 'Cybercrime workshop in Turkey',
 'A workshop to raise awareness of cybercrime matters, train judges and promote the implementation of the Convention on Cybercrime in Turkey.',
 '<p>Organised by the Turkish authorities with the support of Microsoft and the participation of the Council of Europe, this workshop in Bolu is an example of public-private partnership and multi-stakeholder involvement.</p>',
 date '2008-10-23', date '2008-10-24', null::time, null::time, 'Europe/Istanbul',
 '', 'Bolu', 'TR'),

('european-dialogue-on-internet-governance-2008',
 'European dialogue on Internet governance: fostering security, privacy and openness',
 'A European-wide, open-ended, multi-stakeholder dialogue hosted by the Council of Europe in preparation of the 2008 Internet Governance Forum.',
 '<p>At the request of several stakeholders (states, industry, civil society), the Council of Europe hosts in Strasbourg a European-wide exchange on the main thematic discussions and workshop proposals for the Internet Governance Forum, in particular on fostering security, privacy and openness on the Internet.</p>',
 date '2008-10-20', date '2008-10-21', null::time, null::time, 'Europe/Paris',
 'Council of Europe', 'Strasbourg', 'FR'),

('internet-governance-forum-hyderabad-2008',
 'Internet Governance Forum 2008',
 'The third Internet Governance Forum meets in Hyderabad, India; the Council of Europe contributes on security, privacy and openness on the Internet.',
 '<p>The Internet Governance Forum (IGF) takes place in Hyderabad, India, from 3 to 6 December 2008. The Council of Europe prepared European contributions to it in a multi-stakeholder dialogue held in Strasbourg in October.</p>',
 date '2008-12-03', date '2008-12-06', null::time, null::time, 'Asia/Kolkata',
 '', 'Hyderabad', 'IN'),

('workshop-on-cybercrime-legislation-bogota-2008',
 'Workshop on cybercrime legislation in Latin America',
 'A review of the cybercrime legislation of 17 countries of Latin America against the provisions of the Convention on Cybercrime, in Bogotá.',
 '<p>This workshop is jointly organised by the Ministry of Foreign Affairs of Colombia, the Organisation of American States, the United States Department of Justice and the Council of Europe in Bogotá, Colombia, from 3 to 5 September 2008.</p>',
 date '2008-09-03', date '2008-09-05', null::time, null::time, 'America/Bogota',
 '', 'Bogotá', 'CO'),

('workshop-for-west-african-countries-cotonou-2008',
 'Workshop on cybercrime legislation and capacity building for West African countries',
 'A regional workshop in Cotonou to help countries of West Africa develop legislation in line with the Convention on Cybercrime.',
 '<p>The Council of Europe participates in this regional workshop organised by the United States Department of Justice in Cotonou, Benin, from 9 to 11 July 2008.</p>',
 date '2008-07-09', date '2008-07-11', null::time, null::time, 'Africa/Porto-Novo',
 '', 'Cotonou', 'BJ'),

('counter-ecrime-operations-summit-tokyo-2008',
 'Counter-eCrime Operations Summit (CeCOS II)',
 'The Council of Europe contributes to the CeCOS II summit in Tokyo, in support of the efforts of countries of the Asia Pacific region.',
 '<p>Countries of the Asia Pacific region undertake important efforts to strengthen their legislation in line with the Convention on Cybercrime. In support of these efforts, the Council of Europe contributes to the CeCOS II summit in Tokyo, Japan, on 26 and 27 May 2008.</p>',
 date '2008-05-26', date '2008-05-27', null::time, null::time, 'Asia/Tokyo',
 '', 'Tokyo', 'JP'),

('workshop-on-cybercrime-legislation-port-of-spain-2008',
 'Workshop on cybercrime legislation in the Caribbean region',
 'Support to 14 countries of the Caribbean in strengthening their legislation in line with the Convention on Cybercrime.',
 '<p>The Council of Europe contributes to this workshop organised by the Organisation of American States and the US Department of Justice in Port of Spain, Trinidad and Tobago, from 13 to 15 May 2008.</p>',
 date '2008-05-13', date '2008-05-15', null::time, null::time, 'America/Port_of_Spain',
 '', 'Port of Spain', 'TT'),

('integration-of-the-dominican-republic-santo-domingo-2008',
 'Conference on the integration of the Dominican Republic into the Convention on Cybercrime',
 'A conference organised by the National Police and INDOTEL in cooperation with Microsoft in Santo Domingo.',
 '<p>The conference examines the cybercrime legislation adopted by the Dominican Republic in 2007 against the Convention on Cybercrime and the opportunities for international cooperation that accession would offer.</p>',
 date '2008-04-16', date '2008-04-16', null::time, null::time, 'America/Santo_Domingo',
 '', 'Santo Domingo', 'DO'),

('regional-workshop-on-cybercrime-plovdiv-2007',
 'Regional workshop on cybercrime',
 'A workshop in Plovdiv reviewing cybercrime legislation and training judges in cybercrime matters.',
 '<p>This workshop, held in Plovdiv, Bulgaria, on 17 and 18 December 2007, is aimed at reviewing cybercrime legislation and at the training of judges in cybercrime matters.</p>',
 date '2007-12-17', date '2007-12-18', null::time, null::time, 'Europe/Sofia',
 '', 'Plovdiv', 'BG'),

('conference-on-cybercrime-in-the-arab-region-cairo-2007',
 'Conference on cybercrime in the Arab region',
 'A regional conference in Cairo, closing with a declaration recommending that countries of the Arab region use the Convention on Cybercrime as a model.',
 '<p>At the closure of this regional conference on cybercrime, held in Cairo on 26 and 27 November 2007, the meeting adopted a declaration recommending that countries of the Arab region use the Convention on Cybercrime as a model to guide the development of national legislation.</p>',
 date '2007-11-26', date '2007-11-27', null::time, null::time, 'Africa/Cairo',
 '', 'Cairo', 'EG'),

('oas-expert-meeting-on-cybercrime-washington-2007',
 'OAS expert meeting on cybercrime',
 'The Council of Europe participates in this meeting of the Organisation of American States in Washington.',
 '<p>The meeting of the Organisation of American States generates considerable interest in the Convention on Cybercrime. It is to be followed up by a joint OAS/Council of Europe regional event on cybercrime legislation in 2008.</p>',
 date '2007-11-19', date '2007-11-20', null::time, null::time, 'America/New_York',
 '', 'Washington', 'US'),

('conference-on-identity-fraud-tomar-2007',
 'Conference on identity fraud',
 'The Council of Europe contributes to the panel on cybercrime and identity theft of this conference in Tomar.',
 '<p>The conference, held in Tomar, Portugal, from 7 to 9 November 2007, concluded among other things that all EU Member States should give priority to ratifying and fully implementing the Convention on Cybercrime in order to facilitate the investigation and prosecution of identity theft.</p>',
 date '2007-11-07', date '2007-11-09', null::time, null::time, 'Europe/Lisbon',
 '', 'Tomar', 'PT')

    ) as w(slug, title, summary, body, start_date, end_date, start_time, end_time, time_zone, venue, city, country_code)
) as v
on conflict (slug) do nothing;

-- Each event with the news items and press releases about it.
insert into event_article (event_id, article_id)
select e.id, a.id
from (values
    ('octopus-interface-2008', 'PRESS_RELEASE', 'octopus-interface-2008-adopts-cooperation-guidelines'),
    ('t-cy-third-meeting-2008', 'NEWS', 'meeting-of-the-cybercrime-convention-committee-t-cy'),
    ('t-cy-third-meeting-2008', 'PRESS_RELEASE', 'octopus-interface-2008-adopts-cooperation-guidelines'),
    ('workshop-on-cybercrime-colombo-2008', 'NEWS', 'sri-lanka-workshop-for-judges-prosecutors-and-investigators'),
    ('cybercrime-workshop-bolu-2008', 'NEWS', 'cybercrime-workshop-in-turkey'),
    ('european-dialogue-on-internet-governance-2008', 'PRESS_RELEASE', 'fostering-security-privacy-and-openness-on-the-internet'),
    ('internet-governance-forum-hyderabad-2008', 'PRESS_RELEASE', 'fostering-security-privacy-and-openness-on-the-internet'),
    ('workshop-on-cybercrime-legislation-bogota-2008', 'NEWS', 'workshop-on-cybercrime-legislation-in-latin-america'),
    ('workshop-for-west-african-countries-cotonou-2008', 'NEWS', 'cybercrime-legislation-workshop-for-west-african-countries'),
    ('counter-ecrime-operations-summit-tokyo-2008', 'NEWS', 'counter-ecrime-operations-summit-tokyo'),
    ('workshop-on-cybercrime-legislation-port-of-spain-2008', 'NEWS', 'council-of-europe-supports-caribbean-cybercrime-legislation'),
    ('integration-of-the-dominican-republic-santo-domingo-2008', 'PRESS_RELEASE', 'dominican-republic-accession-to-the-cybercrime-convention'),
    ('regional-workshop-on-cybercrime-plovdiv-2007', 'NEWS', 'regional-workshop-on-cybercrime-plovdiv'),
    ('conference-on-cybercrime-in-the-arab-region-cairo-2007', 'NEWS', 'conference-on-cybercrime-in-the-arab-region'),
    ('oas-expert-meeting-on-cybercrime-washington-2007', 'NEWS', 'oas-expert-meeting-on-cybercrime'),
    ('conference-on-identity-fraud-tomar-2007', 'NEWS', 'conference-on-identity-fraud-tomar')
) as l(event_slug, kind, article_slug)
join event e on e.slug = l.event_slug
join article a on a.kind = l.kind and a.slug = l.article_slug
on conflict do nothing;
