-- Demo content: profiles of the countries that the 2008 Cybercrime page mentions. They
-- say only what that page and the treaty chart say; admins complete them.
-- Flyway repeatable migration (PostgreSQL). Idempotent: a profile is inserted only for a
-- country that has none (on conflict do nothing); countries themselves come from the
-- versioned migration, and no row an admin may have edited is ever updated.
-- The restricted contacts are placeholders marked as demo data, never real contacts.

insert into country_profile (country_id, status_summary, legislation, policies, institutions, case_law, sources,
                             last_reviewed, point_of_contact, central_authority)
select c.id, v.status_summary, v.legislation, v.policies, v.institutions, '', v.sources, date '2008-12-31',
       v.point_of_contact, v.central_authority
from country c join (values
    ('LK',
     '<p>Sri Lanka is neither a signatory nor a Party to the Convention on Cybercrime. A workshop held in Colombo in October 2008 concluded that Sri Lanka should consider accession.</p>',
     '<p>A new law on cybercrime entered into force in July 2008. Judges, prosecutors and investigators who took part in the Colombo workshop of 27 and 28 October 2008 found that it meets the minimum requirements of the Convention on Cybercrime.</p>',
     '', '<p>Information and Communication Technology Agency of Sri Lanka (co-organiser of the 2008 workshop).</p>',
     '<ul><li><a href="/news/sri-lanka-workshop-for-judges-prosecutors-and-investigators">Workshop on cybercrime for judges, prosecutors and investigators in Sri Lanka</a> (30 October 2008)</li></ul>',
     '', ''),
    ('TR',
     '<p>Turkey, a member State of the Council of Europe, had not signed the Convention on Cybercrime by the end of 2008.</p>',
     '', '<p>A workshop in Bolu on 23 and 24 October 2008, organised by the Turkish authorities with the support of Microsoft and the participation of the Council of Europe, raised awareness of cybercrime, trained judges and promoted the implementation of the Convention: an example of public-private partnership.</p>',
     '', '<ul><li>Cybercrime workshop in Turkey (news item of 30 October 2008)</li></ul>', '', ''),
    ('CO',
     '<p>Colombia is neither a signatory nor a Party to the Convention on Cybercrime.</p>',
     '<p>Its legislation was among that of 17 Latin American countries reviewed against the provisions of the Convention at the workshop held in Bogotá from 3 to 5 September 2008.</p>',
     '', '<p>Ministry of Foreign Affairs (co-organiser of the Bogotá workshop with the Organization of American States, the United States Department of Justice and the Council of Europe).</p>',
     '<ul><li>Workshop on cybercrime legislation in Latin America (news item of 5 September 2008)</li></ul>', '', ''),
    ('DO',
     '<p>The Dominican Republic is neither a signatory nor a Party to the Convention on Cybercrime. A conference in Santo Domingo on 16 April 2008 concluded that accession would offer new opportunities for international co-operation.</p>',
     '<p>Cybercrime legislation adopted in 2007 brings national law in line with the Convention.</p>',
     '', '<p>National Police and INDOTEL (organisers of the 2008 conference, in co-operation with Microsoft).</p>',
     '<ul><li>Dominican Republic accession to the Cybercrime Convention (news item of 17 April 2008)</li></ul>', '', ''),
    ('ID',
     '<p>Indonesia is neither a signatory nor a Party to the Convention on Cybercrime.</p>',
     '<p>Through the Project on Cybercrime, the Indonesian authorities were assisted in reviewing their draft legislation on cybercrime (Jakarta, November 2007). The Convention is available in Bahasa Indonesia.</p>',
     '', '', '<ul><li>Review of cybercrime legislation in Indonesia (news item of 1 November 2007)</li></ul>', '', ''),
    ('EE',
     '<p>Estonia signed the Convention on Cybercrime on 23 November 2001 and ratified it on 12 May 2003; it entered into force for Estonia on 1 July 2004.</p>',
     '', '<p>In February 2008 the Government of Estonia pledged 50,000 euros for activities under the 2008 workplan of the Project on Cybercrime.</p>',
     '', '<ul><li>Estonian contribution to the Project on Cybercrime (February 2008)</li></ul>',
     'Demo data, not a real contact: 24/7 unit, +000 000 0000, 247@example.org',
     'Demo data, not a real contact: Ministry of Justice, central authority for mutual assistance, mla@example.org'),
    ('AZ',
     '<p>Azerbaijan signed the Convention on Cybercrime on 30 June 2008. The Convention was signed by Mr Ali Abbasov, Minister of Communication and Information Technology, in the presence of the Secretary General of the Council of Europe. Ratification, which will make Azerbaijan a Party, is the next step.</p>',
     '', '', '<p>Ministry of Communication and Information Technology.</p>',
     '<ul><li><a href="/press-releases/azerbaijan-signs-the-convention-on-cybercrime">Azerbaijan signs the Convention on cybercrime</a> (30 June 2008)</li></ul>', '', ''),
    ('EG',
     '<p>Egypt is neither a signatory nor a Party to the Convention on Cybercrime.</p>',
     '', '<p>A regional conference on cybercrime held in Cairo on 26 and 27 November 2007 adopted a declaration recommending that the countries of the Arab region use the Convention as a model for their national legislation. The Convention and its Protocol are available in Arabic.</p>',
     '', '<ul><li>Conference on cybercrime in the Arab region (news item, November 2007)</li></ul>', '', ''),
    ('BJ',
     '<p>Benin is neither a signatory nor a Party to the Convention on Cybercrime.</p>',
     '', '<p>Cotonou hosted a regional workshop on cybercrime legislation and capacity building for West African countries from 9 to 11 July 2008, organised by the United States Department of Justice with the participation of the Council of Europe.</p>',
     '', '<ul><li>Workshop on cybercrime legislation and capacity building for West African countries (news item of 30 June 2008)</li></ul>', '', ''),
    ('TT',
     '<p>Trinidad and Tobago is neither a signatory nor a Party to the Convention on Cybercrime.</p>',
     '', '<p>Port of Spain hosted a workshop on cybercrime legislation in the Caribbean region on 13 to 15 May 2008, organised by the Organization of American States and the United States Department of Justice, for 14 participating countries.</p>',
     '', '<ul><li>Council of Europe supports Caribbean region in strengthening cybercrime legislation (news item, May 2008)</li></ul>', '', ''),
    ('JP',
     '<p>Japan, which took part in the elaboration of the Convention, signed it on 23 November 2001 and had not ratified it by the end of 2008.</p>',
     '', '<p>Tokyo hosted the Counter-eCrime Operations Summit (CeCOS II) on 26 and 27 May 2008, where countries of the Asia-Pacific region discussed strengthening their legislation in line with the Convention.</p>',
     '', '<ul><li>Counter-eCrime Operations Summit (news item, May 2008)</li></ul>', '', ''),
    ('BG',
     '<p>Bulgaria signed the Convention on Cybercrime on 23 November 2001 and ratified it on 7 April 2005; it entered into force for Bulgaria on 1 August 2005.</p>',
     '', '<p>A regional workshop held in Plovdiv on 17 and 18 December 2007 reviewed cybercrime legislation and trained judges in cybercrime matters.</p>',
     '', '<ul><li>Regional workshop on cybercrime, Plovdiv (December 2007)</li></ul>',
     'Demo data, not a real contact: 24/7 unit, +000 000 0000, 247@example.org', ''),
    ('PT',
     '<p>Portugal signed the Convention on Cybercrime on 23 November 2001 and had not ratified it by the end of 2008.</p>',
     '', '<p>The conference on identity fraud held in Tomar from 7 to 9 November 2007 concluded that all EU member States should give priority to ratifying and fully implementing the Convention in order to facilitate the investigation and prosecution of identity theft.</p>',
     '', '<ul><li>Conference on identity fraud, Tomar (November 2007)</li></ul>', '', '')
) as v(code, status_summary, legislation, policies, institutions, sources, point_of_contact, central_authority)
  on c.code = v.code
on conflict (country_id) do nothing;

-- French versions of some profiles (issue 14, ADR 18), written for this site; the other
-- profiles stay in English only, so that French pages show the fallback. Inserted only
-- where a profile has no French version yet; `based_on` is the fingerprint of the
-- original as it stands (TextFingerprint: each section's UTF-8 bytes followed by a zero
-- byte), so the translation is not flagged as out of date.
insert into country_profile_translation (country_id, language, status_summary, legislation, policies,
                                         institutions, case_law, sources, based_on, updated_at)
select p.country_id, 'fr', v.status_summary, v.legislation, v.policies, v.institutions, '', v.sources,
       encode(sha256(convert_to(p.status_summary, 'UTF8') || '\x00'::bytea || convert_to(p.legislation, 'UTF8')
           || '\x00'::bytea || convert_to(p.policies, 'UTF8') || '\x00'::bytea
           || convert_to(p.institutions, 'UTF8') || '\x00'::bytea || convert_to(p.case_law, 'UTF8')
           || '\x00'::bytea || convert_to(p.sources, 'UTF8') || '\x00'::bytea), 'hex'),
       now()
from country c join country_profile p on p.country_id = c.id join (values
    ('EE',
     '<p>L’Estonie a signé la Convention sur la cybercriminalité le 23 novembre 2001 et l’a ratifiée le 12 mai 2003 ; elle est entrée en vigueur à son égard le 1<sup>er</sup> juillet 2004.</p>',
     '', '<p>En février 2008, le gouvernement estonien s’est engagé à verser 50 000 euros aux activités du plan de travail 2008 du Projet sur la cybercriminalité.</p>',
     '', '<ul><li>Contribution estonienne au Projet sur la cybercriminalité (février 2008)</li></ul>'),
    ('AZ',
     '<p>L’Azerbaïdjan a signé la Convention sur la cybercriminalité le 30 juin 2008. La Convention a été signée par M. Ali Abbasov, ministre des Communications et des Technologies de l’information, en présence du Secrétaire Général du Conseil de l’Europe. La ratification, qui fera de l’Azerbaïdjan une Partie, est la prochaine étape.</p>',
     '', '', '<p>Ministère des Communications et des Technologies de l’information.</p>',
     '<ul><li><a href="/fr/press-releases/azerbaijan-signs-the-convention-on-cybercrime">L’Azerbaïdjan signe la Convention sur la cybercriminalité</a> (30 juin 2008)</li></ul>'),
    ('BG',
     '<p>La Bulgarie a signé la Convention sur la cybercriminalité le 23 novembre 2001 et l’a ratifiée le 7 avril 2005 ; elle est entrée en vigueur à son égard le 1<sup>er</sup> août 2005.</p>',
     '', '<p>Un atelier régional tenu à Plovdiv les 17 et 18 décembre 2007 a examiné la législation sur la cybercriminalité et formé des juges à ces questions.</p>',
     '', '<ul><li>Atelier régional sur la cybercriminalité, Plovdiv (décembre 2007)</li></ul>'),
    ('LK',
     '<p>Le Sri Lanka n’a pas signé la Convention sur la cybercriminalité et n’y est pas Partie. Un atelier tenu à Colombo en octobre 2008 a conclu que le Sri Lanka devrait envisager d’y adhérer.</p>',
     '<p>Une nouvelle loi sur la cybercriminalité est entrée en vigueur en juillet 2008. Les juges, procureurs et enquêteurs qui ont participé à l’atelier de Colombo des 27 et 28 octobre 2008 ont estimé qu’elle satisfait aux exigences minimales de la Convention sur la cybercriminalité.</p>',
     '', '<p>Agence des technologies de l’information et de la communication du Sri Lanka (co-organisatrice de l’atelier de 2008).</p>',
     '<ul><li><a href="/fr/news/sri-lanka-workshop-for-judges-prosecutors-and-investigators">Atelier sur la cybercriminalité pour juges, procureurs et enquêteurs au Sri Lanka</a> (30 octobre 2008)</li></ul>')
) as v(code, status_summary, legislation, policies, institutions, sources) on c.code = v.code
on conflict (country_id, language) do nothing;
