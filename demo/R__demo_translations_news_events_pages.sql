-- Demo content: French versions of the demo news items, press releases, events and pages
-- (issue 14, ADR 18), written for this site. Two news items and their events (the
-- Counter-eCrime Operations Summit in Tokyo, the OAS expert meeting) stay English-only,
-- so that a French visitor sees the fallback notice.
-- Idempotent: a translation that exists is left as editors made it (on conflict do
-- nothing); an item an editor deleted gets none. `based_on` is the fingerprint of the
-- original as EditableContent computes it (SHA-256 of title, summary and body, each
-- followed by a NUL byte), so the demo translations do not start out of date.

-- News items and press releases ---------------------------------------------------
insert into article_translation (article_id, language, slug, title, summary, body, based_on, updated_at)
select a.id, 'fr', 'atelier-cybercriminalite-juges-procureurs-enqueteurs-sri-lanka', 'Atelier sur la cybercriminalité pour les juges, procureurs et enquêteurs au Sri Lanka',
       'Réuni à Colombo les 27 et 28 octobre 2008, un atelier a conclu que la nouvelle loi sri-lankaise sur la cybercriminalité répond aux exigences minimales de la Convention sur la cybercriminalité et que le pays devrait envisager d''adhérer au traité.',
       '<p>Organisé conjointement par l''Agence des technologies de l''information et de la communication du Sri Lanka et le Conseil de l''Europe, l''atelier a réuni à Colombo des praticiens de la justice pénale appelés à appliquer la nouvelle législation du pays.</p><p>Les participants ont examiné la loi, en vigueur depuis juillet 2008, au regard de la <a href="/fr/treaties/185">Convention sur la cybercriminalité (STE n° 185)</a> et constaté qu''elle en respecte les exigences minimales. L''adhésion au traité ouvrirait aux autorités sri-lankaises le cadre de coopération internationale qui lie les Parties.</p>',
       encode(sha256(convert_to(a.title, 'UTF8') || '\x00'::bytea || convert_to(a.summary, 'UTF8') || '\x00'::bytea || convert_to(a.body, 'UTF8') || '\x00'::bytea), 'hex'), a.updated_at
from article a where a.kind = 'NEWS' and a.slug = 'sri-lanka-workshop-for-judges-prosecutors-and-investigators' and a.language <> 'fr'
on conflict (article_id, language) do nothing;
insert into article_translation (article_id, language, slug, title, summary, body, based_on, updated_at)
select a.id, 'fr', 'atelier-sur-la-cybercriminalite-en-turquie', 'Atelier sur la cybercriminalité en Turquie',
       'Tenu à Bolu les 23 et 24 octobre 2008, l''atelier a permis de sensibiliser aux enjeux de la cybercriminalité, de contribuer à la formation des juges et de promouvoir la mise en œuvre de la Convention sur la cybercriminalité en Turquie.',
       '<p>Magistrats, enquêteurs et représentants des ministères se sont retrouvés à Bolu pour faire le point sur les infractions commises au moyen de systèmes informatiques et sur les outils dont dispose la justice pour y répondre.</p><p>L''atelier s''inscrit dans le Projet sur la cybercriminalité du Conseil de l''Europe, qui accompagne la Turquie dans la mise en œuvre de la <a href="/fr/treaties/185">Convention sur la cybercriminalité (STE n° 185)</a>.</p>',
       encode(sha256(convert_to(a.title, 'UTF8') || '\x00'::bytea || convert_to(a.summary, 'UTF8') || '\x00'::bytea || convert_to(a.body, 'UTF8') || '\x00'::bytea), 'hex'), a.updated_at
from article a where a.kind = 'NEWS' and a.slug = 'cybercrime-workshop-in-turkey' and a.language <> 'fr'
on conflict (article_id, language) do nothing;
insert into article_translation (article_id, language, slug, title, summary, body, based_on, updated_at)
select a.id, 'fr', 'pour-un-internet-sur-respectueux-de-la-vie-privee-et-ouvert', 'Pour un Internet sûr, respectueux de la vie privée et ouvert',
       'Les 20 et 21 octobre 2008, le Conseil de l''Europe accueille à Strasbourg un dialogue européen ouvert à toutes les parties prenantes, en préparation du Forum sur la gouvernance de l''Internet qui se tiendra à Hyderabad (Inde) en décembre 2008.',
       '<p>Gouvernements, secteur privé, société civile et organisations internationales sont invités à débattre de la sécurité, de la protection de la vie privée et de l''ouverture de l''Internet.</p><p>Les conclusions de ce dialogue nourriront la contribution européenne au troisième Forum sur la gouvernance de l''Internet.</p>',
       encode(sha256(convert_to(a.title, 'UTF8') || '\x00'::bytea || convert_to(a.summary, 'UTF8') || '\x00'::bytea || convert_to(a.body, 'UTF8') || '\x00'::bytea), 'hex'), a.updated_at
from article a where a.kind = 'PRESS_RELEASE' and a.slug = 'fostering-security-privacy-and-openness-on-the-internet' and a.language <> 'fr'
on conflict (article_id, language) do nothing;
insert into article_translation (article_id, language, slug, title, summary, body, based_on, updated_at)
select a.id, 'fr', 'atelier-sur-la-legislation-en-matiere-de-cybercriminalite-en-amerique-latine', 'Atelier sur la législation en matière de cybercriminalité en Amérique latine',
       'Du 3 au 5 septembre 2008, un atelier réuni à Bogotá (Colombie) a passé en revue la législation de 17 pays d''Amérique latine au regard des dispositions de la Convention sur la cybercriminalité.',
       '<p>Pour chaque pays, les participants ont comparé le droit en vigueur et les projets de loi aux dispositions de la <a href="/fr/treaties/185">Convention sur la cybercriminalité (STE n° 185)</a>, et recensé les points à compléter.</p><p>Plusieurs délégations ont fait part de leur intérêt pour une adhésion à la Convention.</p>',
       encode(sha256(convert_to(a.title, 'UTF8') || '\x00'::bytea || convert_to(a.summary, 'UTF8') || '\x00'::bytea || convert_to(a.body, 'UTF8') || '\x00'::bytea), 'hex'), a.updated_at
from article a where a.kind = 'NEWS' and a.slug = 'workshop-on-cybercrime-legislation-in-latin-america' and a.language <> 'fr'
on conflict (article_id, language) do nothing;
insert into article_translation (article_id, language, slug, title, summary, body, based_on, updated_at)
select a.id, 'fr', 'l-azerbaidjan-signe-la-convention-sur-la-cybercriminalite', 'L''Azerbaïdjan signe la Convention sur la cybercriminalité',
       'L''Azerbaïdjan a signé la Convention sur la cybercriminalité le 30 juin 2008. Le ministre des Communications et des Technologies de l''information, Ali Abbassov, a signé au nom de son pays, en présence du Secrétaire Général du Conseil de l''Europe.',
       '<p>Par cette signature, l''Azerbaïdjan rejoint les États qui se sont engagés à adopter une législation conforme à la <a href="/fr/treaties/185">Convention sur la cybercriminalité (STE n° 185)</a> et à coopérer avec les autres Parties contre la cybercriminalité.</p><p>La Convention entrera en vigueur à l''égard de l''Azerbaïdjan après le dépôt de son instrument de ratification.</p>',
       encode(sha256(convert_to(a.title, 'UTF8') || '\x00'::bytea || convert_to(a.summary, 'UTF8') || '\x00'::bytea || convert_to(a.body, 'UTF8') || '\x00'::bytea), 'hex'), a.updated_at
from article a where a.kind = 'PRESS_RELEASE' and a.slug = 'azerbaijan-signs-the-convention-on-cybercrime' and a.language <> 'fr'
on conflict (article_id, language) do nothing;
insert into article_translation (article_id, language, slug, title, summary, body, based_on, updated_at)
select a.id, 'fr', 'atelier-cybercriminalite-afrique-de-l-ouest', 'Atelier sur la législation et le renforcement des capacités contre la cybercriminalité pour les pays d''Afrique de l''Ouest',
       'Un atelier régional sur la législation en matière de cybercriminalité et le renforcement des capacités des pays d''Afrique de l''Ouest se tiendra à Cotonou (Bénin) du 9 au 11 juillet 2008, avec la participation du Conseil de l''Europe.',
       '<p>L''atelier aidera les pays de la région à élaborer une législation conforme à la <a href="/fr/treaties/185">Convention sur la cybercriminalité (STE n° 185)</a> et à former les praticiens chargés de l''appliquer.</p>',
       encode(sha256(convert_to(a.title, 'UTF8') || '\x00'::bytea || convert_to(a.summary, 'UTF8') || '\x00'::bytea || convert_to(a.body, 'UTF8') || '\x00'::bytea), 'hex'), a.updated_at
from article a where a.kind = 'NEWS' and a.slug = 'cybercrime-legislation-workshop-for-west-african-countries' and a.language <> 'fr'
on conflict (article_id, language) do nothing;
insert into article_translation (article_id, language, slug, title, summary, body, based_on, updated_at)
select a.id, 'fr', 'le-conseil-de-l-europe-aide-les-caraibes-a-renforcer-leur-legislation-contre-la-cybercriminalite', 'Le Conseil de l''Europe aide les Caraïbes à renforcer leur législation contre la cybercriminalité',
       'Du 13 au 15 mai 2008, le Conseil de l''Europe participe à Port of Spain (Trinité-et-Tobago) à un atelier caribéen destiné à mettre les législations nationales en conformité avec la Convention sur la cybercriminalité.',
       '<p>Quatorze pays des Caraïbes y examinent leurs lois et projets de loi au regard de la <a href="/fr/treaties/185">Convention sur la cybercriminalité (STE n° 185)</a>, avec l''appui d''experts du Conseil de l''Europe.</p>',
       encode(sha256(convert_to(a.title, 'UTF8') || '\x00'::bytea || convert_to(a.summary, 'UTF8') || '\x00'::bytea || convert_to(a.body, 'UTF8') || '\x00'::bytea), 'hex'), a.updated_at
from article a where a.kind = 'NEWS' and a.slug = 'council-of-europe-supports-caribbean-cybercrime-legislation' and a.language <> 'fr'
on conflict (article_id, language) do nothing;
insert into article_translation (article_id, language, slug, title, summary, body, based_on, updated_at)
select a.id, 'fr', 'adhesion-de-la-republique-dominicaine-a-la-convention-sur-la-cybercriminalite', 'Adhésion de la République dominicaine à la Convention sur la cybercriminalité',
       'Une conférence tenue à Saint-Domingue le 16 avril 2008 a conclu que la loi dominicaine de 2007 sur la cybercriminalité est conforme à la Convention et que l''adhésion ouvrirait de nouvelles possibilités de coopération internationale.',
       '<p>Organisée par la Police nationale et l''INDOTEL en coopération avec Microsoft, la conférence a réuni les autorités dominicaines, des représentants du secteur privé et des experts du Conseil de l''Europe.</p><p>L''adhésion à la <a href="/fr/treaties/185">Convention sur la cybercriminalité (STE n° 185)</a> permettrait à la République dominicaine de coopérer plus rapidement avec les autres Parties.</p>',
       encode(sha256(convert_to(a.title, 'UTF8') || '\x00'::bytea || convert_to(a.summary, 'UTF8') || '\x00'::bytea || convert_to(a.body, 'UTF8') || '\x00'::bytea), 'hex'), a.updated_at
from article a where a.kind = 'PRESS_RELEASE' and a.slug = 'dominican-republic-accession-to-the-cybercrime-convention' and a.language <> 'fr'
on conflict (article_id, language) do nothing;
insert into article_translation (article_id, language, slug, title, summary, body, based_on, updated_at)
select a.id, 'fr', 'reunion-du-comite-de-la-convention-sur-la-cybercriminalite-t-cy', 'Réunion du Comité de la Convention sur la cybercriminalité (T-CY)',
       'Le Comité de la Convention sur la cybercriminalité (T-CY) a tenu sa troisième réunion à Strasbourg les 3 et 4 avril 2008, à l''issue de la conférence Octopus Interface sur la coopération contre la cybercriminalité.',
       '<p>Les Parties ont fait le point sur l''application de la Convention et échangé sur les évolutions juridiques et techniques récentes. Les États signataires et les États invités à adhérer ont participé aux travaux en qualité d''observateurs.</p>',
       encode(sha256(convert_to(a.title, 'UTF8') || '\x00'::bytea || convert_to(a.summary, 'UTF8') || '\x00'::bytea || convert_to(a.body, 'UTF8') || '\x00'::bytea), 'hex'), a.updated_at
from article a where a.kind = 'NEWS' and a.slug = 'meeting-of-the-cybercrime-convention-committee-t-cy' and a.language <> 'fr'
on conflict (article_id, language) do nothing;
insert into article_translation (article_id, language, slug, title, summary, body, based_on, updated_at)
select a.id, 'fr', 'octopus-interface-2008-lignes-directrices-sur-la-cooperation', 'Octopus Interface 2008 : la conférence adopte des lignes directrices sur la coopération entre services répressifs et fournisseurs de services',
       'Plus de 200 spécialistes de la cybercriminalité se sont réunis à Strasbourg les 1er et 2 avril 2008 pour la conférence Octopus Interface, qui a adopté des lignes directrices pour favoriser la coopération entre les services répressifs et les fournisseurs d''accès à Internet.',
       '<p>Venus de gouvernements, de services de police, de l''industrie et d''organisations internationales, les participants ont examiné la mise en œuvre de la Convention dans le monde.</p><p>Les lignes directrices adoptées aident services répressifs et fournisseurs de services à organiser leurs échanges d''information dans le respect des droits de chacun.</p>',
       encode(sha256(convert_to(a.title, 'UTF8') || '\x00'::bytea || convert_to(a.summary, 'UTF8') || '\x00'::bytea || convert_to(a.body, 'UTF8') || '\x00'::bytea), 'hex'), a.updated_at
from article a where a.kind = 'PRESS_RELEASE' and a.slug = 'octopus-interface-2008-adopts-cooperation-guidelines' and a.language <> 'fr'
on conflict (article_id, language) do nothing;
insert into article_translation (article_id, language, slug, title, summary, body, based_on, updated_at)
select a.id, 'fr', 'contribution-de-l-estonie-au-projet-sur-la-cybercriminalite', 'Contribution de l''Estonie au Projet sur la cybercriminalité',
       'L''Estonie a annoncé une contribution de 50 000 euros au Projet sur la cybercriminalité du Conseil de l''Europe, pour financer les activités prévues en 2008.',
       '<p>Cette contribution volontaire permettra d''organiser de nouveaux ateliers législatifs et de nouvelles formations pour les juges, les procureurs et les enquêteurs.</p>',
       encode(sha256(convert_to(a.title, 'UTF8') || '\x00'::bytea || convert_to(a.summary, 'UTF8') || '\x00'::bytea || convert_to(a.body, 'UTF8') || '\x00'::bytea), 'hex'), a.updated_at
from article a where a.kind = 'PRESS_RELEASE' and a.slug = 'estonian-contribution-to-the-project-on-cybercrime' and a.language <> 'fr'
on conflict (article_id, language) do nothing;
insert into article_translation (article_id, language, slug, title, summary, body, based_on, updated_at)
select a.id, 'fr', 'atelier-regional-sur-la-cybercriminalite-a-plovdiv-bulgarie', 'Atelier régional sur la cybercriminalité à Plovdiv (Bulgarie)',
       'Un atelier régional tenu à Plovdiv (Bulgarie) les 17 et 18 décembre 2007 a examiné la législation en matière de cybercriminalité et la formation des juges dans ce domaine.',
       '<p>Les participants de plusieurs pays d''Europe du Sud-Est ont comparé leurs législations et débattu des moyens de former les juges aux affaires de cybercriminalité.</p>',
       encode(sha256(convert_to(a.title, 'UTF8') || '\x00'::bytea || convert_to(a.summary, 'UTF8') || '\x00'::bytea || convert_to(a.body, 'UTF8') || '\x00'::bytea), 'hex'), a.updated_at
from article a where a.kind = 'NEWS' and a.slug = 'regional-workshop-on-cybercrime-plovdiv' and a.language <> 'fr'
on conflict (article_id, language) do nothing;
insert into article_translation (article_id, language, slug, title, summary, body, based_on, updated_at)
select a.id, 'fr', 'conference-sur-la-cybercriminalite-dans-la-region-arabe', 'Conférence sur la cybercriminalité dans la région arabe',
       'Une conférence régionale réunie au Caire les 26 et 27 novembre 2007 s''est achevée par une déclaration invitant les pays arabes à prendre la Convention sur la cybercriminalité pour modèle de leur législation nationale.',
       '<p>La déclaration du Caire recommande en outre de renforcer la coopération entre les pays de la région et avec les Parties à la Convention.</p>',
       encode(sha256(convert_to(a.title, 'UTF8') || '\x00'::bytea || convert_to(a.summary, 'UTF8') || '\x00'::bytea || convert_to(a.body, 'UTF8') || '\x00'::bytea), 'hex'), a.updated_at
from article a where a.kind = 'NEWS' and a.slug = 'conference-on-cybercrime-in-the-arab-region' and a.language <> 'fr'
on conflict (article_id, language) do nothing;
insert into article_translation (article_id, language, slug, title, summary, body, based_on, updated_at)
select a.id, 'fr', 'conference-sur-la-fraude-a-l-identite-a-tomar-portugal', 'Conférence sur la fraude à l''identité à Tomar (Portugal)',
       'Le Conseil de l''Europe a contribué à une conférence sur la fraude à l''identité tenue à Tomar (Portugal) du 7 au 9 novembre 2007, notamment à la table ronde consacrée à la cybercriminalité et à l''usurpation d''identité.',
       '<p>Ses experts y ont présenté les dispositions de la Convention qui permettent de poursuivre la fraude informatique et la falsification de données.</p>',
       encode(sha256(convert_to(a.title, 'UTF8') || '\x00'::bytea || convert_to(a.summary, 'UTF8') || '\x00'::bytea || convert_to(a.body, 'UTF8') || '\x00'::bytea), 'hex'), a.updated_at
from article a where a.kind = 'NEWS' and a.slug = 'conference-on-identity-fraud-tomar' and a.language <> 'fr'
on conflict (article_id, language) do nothing;
insert into article_translation (article_id, language, slug, title, summary, body, based_on, updated_at)
select a.id, 'fr', 'examen-de-la-legislation-indonesienne-en-matiere-de-cybercriminalite', 'Examen de la législation indonésienne en matière de cybercriminalité',
       'Dans le cadre du Projet sur la cybercriminalité, le Conseil de l''Europe a aidé les autorités indonésiennes, à Jakarta, à examiner leur projet de loi sur la cybercriminalité.',
       '<p>Les experts ont comparé le projet aux dispositions de la Convention et proposé des compléments, notamment sur les pouvoirs de procédure et la coopération internationale.</p>',
       encode(sha256(convert_to(a.title, 'UTF8') || '\x00'::bytea || convert_to(a.summary, 'UTF8') || '\x00'::bytea || convert_to(a.body, 'UTF8') || '\x00'::bytea), 'hex'), a.updated_at
from article a where a.kind = 'NEWS' and a.slug = 'review-of-cybercrime-legislation-in-indonesia' and a.language <> 'fr'
on conflict (article_id, language) do nothing;

-- Events ----------------------------------------------------------------------------
insert into event_translation (event_id, language, slug, title, summary, body, based_on, updated_at)
select e.id, 'fr', 'conference-octopus-interface-2007-cooperation-contre-la-cybercriminalite-2007', 'Conférence Octopus Interface 2007 : coopération contre la cybercriminalité',
       'Des experts des gouvernements, des services répressifs, de l''industrie et des organisations internationales se réunissent à Strasbourg pour faire le point sur la mise en œuvre de la Convention sur la cybercriminalité.',
       '',
       encode(sha256(convert_to(e.title, 'UTF8') || '\x00'::bytea || convert_to(e.summary, 'UTF8') || '\x00'::bytea || convert_to(e.body, 'UTF8') || '\x00'::bytea), 'hex'), e.updated_at
from event e where e.slug = 'octopus-interface-2007' and e.language <> 'fr'
on conflict (event_id, language) do nothing;
insert into event_translation (event_id, language, slug, title, summary, body, based_on, updated_at)
select e.id, 'fr', 'deuxieme-reunion-du-comite-de-la-convention-sur-la-cybercriminalite-t-cy-2007', 'Deuxième réunion du Comité de la Convention sur la cybercriminalité (T-CY)',
       'Les Parties à la Convention sur la cybercriminalité se réunissent à Strasbourg en Comité de la Convention, après la conférence Octopus Interface.',
       '',
       encode(sha256(convert_to(e.title, 'UTF8') || '\x00'::bytea || convert_to(e.summary, 'UTF8') || '\x00'::bytea || convert_to(e.body, 'UTF8') || '\x00'::bytea), 'hex'), e.updated_at
from event e where e.slug = 't-cy-second-meeting-2007' and e.language <> 'fr'
on conflict (event_id, language) do nothing;
insert into event_translation (event_id, language, slug, title, summary, body, based_on, updated_at)
select e.id, 'fr', 'conference-octopus-interface-2008-cooperation-contre-la-cybercriminalite-2008', 'Conférence Octopus Interface 2008 : coopération contre la cybercriminalité',
       'Plus de 200 spécialistes de la cybercriminalité venus du monde entier se réunissent à Strasbourg ; la conférence adopte des lignes directrices pour la coopération entre services répressifs et fournisseurs d''accès à Internet.',
       '',
       encode(sha256(convert_to(e.title, 'UTF8') || '\x00'::bytea || convert_to(e.summary, 'UTF8') || '\x00'::bytea || convert_to(e.body, 'UTF8') || '\x00'::bytea), 'hex'), e.updated_at
from event e where e.slug = 'octopus-interface-2008' and e.language <> 'fr'
on conflict (event_id, language) do nothing;
insert into event_translation (event_id, language, slug, title, summary, body, based_on, updated_at)
select e.id, 'fr', 'troisieme-reunion-du-comite-de-la-convention-sur-la-cybercriminalite-t-cy-2008', 'Troisième réunion du Comité de la Convention sur la cybercriminalité (T-CY)',
       'Le T-CY se réunit à Strasbourg, dans le nouveau bâtiment du Conseil de l''Europe, après la conférence Octopus Interface sur la coopération contre la cybercriminalité.',
       '',
       encode(sha256(convert_to(e.title, 'UTF8') || '\x00'::bytea || convert_to(e.summary, 'UTF8') || '\x00'::bytea || convert_to(e.body, 'UTF8') || '\x00'::bytea), 'hex'), e.updated_at
from event e where e.slug = 't-cy-third-meeting-2008' and e.language <> 'fr'
on conflict (event_id, language) do nothing;
insert into event_translation (event_id, language, slug, title, summary, body, based_on, updated_at)
select e.id, 'fr', 'conference-octopus-interface-2009-cooperation-contre-la-cybercriminalite-2009', 'Conférence Octopus Interface 2009 : coopération contre la cybercriminalité',
       'La conférence Octopus Interface revient à Strasbourg en mars 2009 ; elle sera suivie de la quatrième réunion du Comité de la Convention sur la cybercriminalité.',
       '',
       encode(sha256(convert_to(e.title, 'UTF8') || '\x00'::bytea || convert_to(e.summary, 'UTF8') || '\x00'::bytea || convert_to(e.body, 'UTF8') || '\x00'::bytea), 'hex'), e.updated_at
from event e where e.slug = 'octopus-interface-2009' and e.language <> 'fr'
on conflict (event_id, language) do nothing;
insert into event_translation (event_id, language, slug, title, summary, body, based_on, updated_at)
select e.id, 'fr', 'quatrieme-reunion-du-comite-de-la-convention-sur-la-cybercriminalite-t-cy-2009', 'Quatrième réunion du Comité de la Convention sur la cybercriminalité (T-CY)',
       'Les Parties à la Convention sur la cybercriminalité se réunissent à Strasbourg après la conférence Octopus Interface 2009.',
       '',
       encode(sha256(convert_to(e.title, 'UTF8') || '\x00'::bytea || convert_to(e.summary, 'UTF8') || '\x00'::bytea || convert_to(e.body, 'UTF8') || '\x00'::bytea), 'hex'), e.updated_at
from event e where e.slug = 't-cy-fourth-meeting-2009' and e.language <> 'fr'
on conflict (event_id, language) do nothing;
insert into event_translation (event_id, language, slug, title, summary, body, based_on, updated_at)
select e.id, 'fr', 'atelier-cybercriminalite-juges-procureurs-enqueteurs-sri-lanka-2008', 'Atelier sur la cybercriminalité pour les juges, procureurs et enquêteurs au Sri Lanka',
       'Une manifestation organisée à Colombo par l''Agence des technologies de l''information et de la communication du Sri Lanka et le Conseil de l''Europe.',
       '',
       encode(sha256(convert_to(e.title, 'UTF8') || '\x00'::bytea || convert_to(e.summary, 'UTF8') || '\x00'::bytea || convert_to(e.body, 'UTF8') || '\x00'::bytea), 'hex'), e.updated_at
from event e where e.slug = 'workshop-on-cybercrime-colombo-2008' and e.language <> 'fr'
on conflict (event_id, language) do nothing;
insert into event_translation (event_id, language, slug, title, summary, body, based_on, updated_at)
select e.id, 'fr', 'atelier-sur-la-cybercriminalite-en-turquie-2008', 'Atelier sur la cybercriminalité en Turquie',
       'Un atelier pour sensibiliser aux enjeux de la cybercriminalité, former les juges et promouvoir la mise en œuvre de la Convention sur la cybercriminalité en Turquie.',
       '',
       encode(sha256(convert_to(e.title, 'UTF8') || '\x00'::bytea || convert_to(e.summary, 'UTF8') || '\x00'::bytea || convert_to(e.body, 'UTF8') || '\x00'::bytea), 'hex'), e.updated_at
from event e where e.slug = 'cybercrime-workshop-bolu-2008' and e.language <> 'fr'
on conflict (event_id, language) do nothing;
insert into event_translation (event_id, language, slug, title, summary, body, based_on, updated_at)
select e.id, 'fr', 'dialogue-europeen-sur-la-gouvernance-de-l-internet-securite-vie-privee-et-ouverture-2008', 'Dialogue européen sur la gouvernance de l''Internet : sécurité, vie privée et ouverture',
       'Un dialogue paneuropéen ouvert à toutes les parties prenantes, accueilli par le Conseil de l''Europe en préparation du Forum sur la gouvernance de l''Internet 2008.',
       '',
       encode(sha256(convert_to(e.title, 'UTF8') || '\x00'::bytea || convert_to(e.summary, 'UTF8') || '\x00'::bytea || convert_to(e.body, 'UTF8') || '\x00'::bytea), 'hex'), e.updated_at
from event e where e.slug = 'european-dialogue-on-internet-governance-2008' and e.language <> 'fr'
on conflict (event_id, language) do nothing;
insert into event_translation (event_id, language, slug, title, summary, body, based_on, updated_at)
select e.id, 'fr', 'forum-sur-la-gouvernance-de-l-internet-2008-2008', 'Forum sur la gouvernance de l''Internet 2008',
       'Le troisième Forum sur la gouvernance de l''Internet se réunit à Hyderabad (Inde) ; le Conseil de l''Europe y intervient sur la sécurité, la vie privée et l''ouverture de l''Internet.',
       '',
       encode(sha256(convert_to(e.title, 'UTF8') || '\x00'::bytea || convert_to(e.summary, 'UTF8') || '\x00'::bytea || convert_to(e.body, 'UTF8') || '\x00'::bytea), 'hex'), e.updated_at
from event e where e.slug = 'internet-governance-forum-hyderabad-2008' and e.language <> 'fr'
on conflict (event_id, language) do nothing;
insert into event_translation (event_id, language, slug, title, summary, body, based_on, updated_at)
select e.id, 'fr', 'atelier-sur-la-legislation-en-matiere-de-cybercriminalite-en-amerique-latine-2008', 'Atelier sur la législation en matière de cybercriminalité en Amérique latine',
       'À Bogotá, un examen de la législation de 17 pays d''Amérique latine au regard des dispositions de la Convention sur la cybercriminalité.',
       '',
       encode(sha256(convert_to(e.title, 'UTF8') || '\x00'::bytea || convert_to(e.summary, 'UTF8') || '\x00'::bytea || convert_to(e.body, 'UTF8') || '\x00'::bytea), 'hex'), e.updated_at
from event e where e.slug = 'workshop-on-cybercrime-legislation-bogota-2008' and e.language <> 'fr'
on conflict (event_id, language) do nothing;
insert into event_translation (event_id, language, slug, title, summary, body, based_on, updated_at)
select e.id, 'fr', 'atelier-cybercriminalite-afrique-de-l-ouest-2008', 'Atelier sur la législation et le renforcement des capacités contre la cybercriminalité pour les pays d''Afrique de l''Ouest',
       'Un atelier régional à Cotonou pour aider les pays d''Afrique de l''Ouest à se doter d''une législation conforme à la Convention sur la cybercriminalité.',
       '',
       encode(sha256(convert_to(e.title, 'UTF8') || '\x00'::bytea || convert_to(e.summary, 'UTF8') || '\x00'::bytea || convert_to(e.body, 'UTF8') || '\x00'::bytea), 'hex'), e.updated_at
from event e where e.slug = 'workshop-for-west-african-countries-cotonou-2008' and e.language <> 'fr'
on conflict (event_id, language) do nothing;
insert into event_translation (event_id, language, slug, title, summary, body, based_on, updated_at)
select e.id, 'fr', 'atelier-sur-la-legislation-en-matiere-de-cybercriminalite-dans-les-caraibes-2008', 'Atelier sur la législation en matière de cybercriminalité dans les Caraïbes',
       'Un appui à 14 pays des Caraïbes pour renforcer leur législation conformément à la Convention sur la cybercriminalité.',
       '',
       encode(sha256(convert_to(e.title, 'UTF8') || '\x00'::bytea || convert_to(e.summary, 'UTF8') || '\x00'::bytea || convert_to(e.body, 'UTF8') || '\x00'::bytea), 'hex'), e.updated_at
from event e where e.slug = 'workshop-on-cybercrime-legislation-port-of-spain-2008' and e.language <> 'fr'
on conflict (event_id, language) do nothing;
insert into event_translation (event_id, language, slug, title, summary, body, based_on, updated_at)
select e.id, 'fr', 'conference-sur-l-integration-de-la-republique-dominicaine-a-la-convention-sur-la-cybercriminalite-2008', 'Conférence sur l''intégration de la République dominicaine à la Convention sur la cybercriminalité',
       'Une conférence organisée à Saint-Domingue par la Police nationale et l''INDOTEL, en coopération avec Microsoft.',
       '',
       encode(sha256(convert_to(e.title, 'UTF8') || '\x00'::bytea || convert_to(e.summary, 'UTF8') || '\x00'::bytea || convert_to(e.body, 'UTF8') || '\x00'::bytea), 'hex'), e.updated_at
from event e where e.slug = 'integration-of-the-dominican-republic-santo-domingo-2008' and e.language <> 'fr'
on conflict (event_id, language) do nothing;
insert into event_translation (event_id, language, slug, title, summary, body, based_on, updated_at)
select e.id, 'fr', 'atelier-regional-sur-la-cybercriminalite-2007', 'Atelier régional sur la cybercriminalité',
       'Un atelier à Plovdiv consacré à l''examen de la législation et à la formation des juges aux affaires de cybercriminalité.',
       '',
       encode(sha256(convert_to(e.title, 'UTF8') || '\x00'::bytea || convert_to(e.summary, 'UTF8') || '\x00'::bytea || convert_to(e.body, 'UTF8') || '\x00'::bytea), 'hex'), e.updated_at
from event e where e.slug = 'regional-workshop-on-cybercrime-plovdiv-2007' and e.language <> 'fr'
on conflict (event_id, language) do nothing;
insert into event_translation (event_id, language, slug, title, summary, body, based_on, updated_at)
select e.id, 'fr', 'conference-sur-la-cybercriminalite-dans-la-region-arabe-2007', 'Conférence sur la cybercriminalité dans la région arabe',
       'Une conférence régionale au Caire, close par une déclaration recommandant aux pays de la région arabe de s''inspirer de la Convention sur la cybercriminalité.',
       '',
       encode(sha256(convert_to(e.title, 'UTF8') || '\x00'::bytea || convert_to(e.summary, 'UTF8') || '\x00'::bytea || convert_to(e.body, 'UTF8') || '\x00'::bytea), 'hex'), e.updated_at
from event e where e.slug = 'conference-on-cybercrime-in-the-arab-region-cairo-2007' and e.language <> 'fr'
on conflict (event_id, language) do nothing;
insert into event_translation (event_id, language, slug, title, summary, body, based_on, updated_at)
select e.id, 'fr', 'conference-sur-la-fraude-a-l-identite-2007', 'Conférence sur la fraude à l''identité',
       'Le Conseil de l''Europe intervient à Tomar dans la table ronde consacrée à la cybercriminalité et à l''usurpation d''identité.',
       '',
       encode(sha256(convert_to(e.title, 'UTF8') || '\x00'::bytea || convert_to(e.summary, 'UTF8') || '\x00'::bytea || convert_to(e.body, 'UTF8') || '\x00'::bytea), 'hex'), e.updated_at
from event e where e.slug = 'conference-on-identity-fraud-tomar-2007' and e.language <> 'fr'
on conflict (event_id, language) do nothing;

-- Pages -----------------------------------------------------------------------------
insert into page_translation (page_id, language, slug, title, summary, body, based_on, updated_at)
select p.id, 'fr', 'notre-demarche', 'Notre démarche',
       'Comment le Conseil de l''Europe aide les sociétés du monde entier à se protéger contre la cybercriminalité.',
       '<p>Le Conseil de l''Europe aide à protéger les sociétés du monde entier contre la cybercriminalité par trois moyens complémentaires : des normes communes, un suivi par les Parties et une coopération concrète.</p><h2>Normes</h2><p>La <a href="/fr/treaties/185">Convention sur la cybercriminalité (STE n° 185)</a> est le seul instrument international contraignant en la matière. Elle guide tout pays qui élabore une législation nationale complète contre la cybercriminalité et offre un cadre de coopération internationale entre les États qui y sont Parties. Son <a href="/fr/treaties/189">Protocole additionnel (STE n° 189)</a> porte sur l''incrimination d''actes de nature raciste et xénophobe commis par le biais de systèmes informatiques.</p><h2>Suivi</h2><p>Les Parties se réunissent au moins une fois par an au sein du <a href="/fr/comite-t-cy">Comité de la Convention sur la cybercriminalité (T-CY)</a>.</p><h2>Coopération</h2><p>Grâce au <a href="/fr/projet-sur-la-cybercriminalite">Projet sur la cybercriminalité</a>, le Conseil de l''Europe aide les pays à ratifier ces traités ou à y adhérer, puis à les mettre en œuvre.</p>',
       encode(sha256(convert_to(p.title, 'UTF8') || '\x00'::bytea || convert_to(p.summary, 'UTF8') || '\x00'::bytea || convert_to(p.body, 'UTF8') || '\x00'::bytea), 'hex'), p.updated_at
from page p where p.slug = 'our-approach' and p.language <> 'fr'
on conflict (page_id, language) do nothing;
insert into page_translation (page_id, language, slug, title, summary, body, based_on, updated_at)
select p.id, 'fr', 'comite-t-cy', 'Comité de la Convention sur la cybercriminalité (T-CY)',
       'Les Parties à la Convention sur la cybercriminalité se réunissent au moins une fois par an au sein du T-CY.',
       '<p>La Convention sur la cybercriminalité prévoit des consultations régulières entre ses Parties. Celles-ci se réunissent au moins une fois par an en Comité de la Convention sur la cybercriminalité, le T-CY.</p><p>Le Comité facilite l''utilisation et la mise en œuvre effectives de la Convention, l''échange d''informations sur les évolutions juridiques, politiques et techniques importantes, et l''examen d''éventuels amendements. Les États signataires et les autres États invités à adhérer peuvent y participer en qualité d''observateurs.</p><p>La troisième réunion du T-CY s''est tenue à Strasbourg les 3 et 4 avril 2008, à la suite de la conférence Octopus Interface.</p>',
       encode(sha256(convert_to(p.title, 'UTF8') || '\x00'::bytea || convert_to(p.summary, 'UTF8') || '\x00'::bytea || convert_to(p.body, 'UTF8') || '\x00'::bytea), 'hex'), p.updated_at
from page p where p.slug = 't-cy-committee' and p.language <> 'fr'
on conflict (page_id, language) do nothing;
insert into page_translation (page_id, language, slug, title, summary, body, based_on, updated_at)
select p.id, 'fr', 'projet-sur-la-cybercriminalite', 'Projet sur la cybercriminalité',
       'Le Conseil de l''Europe aide les pays du monde entier à renforcer leur législation et leurs capacités contre la cybercriminalité.',
       '<p>Le Projet sur la cybercriminalité aide les pays à ratifier la Convention sur la cybercriminalité et son Protocole, ou à y adhérer, puis à les mettre en œuvre. Il analyse des projets de loi, organise des ateliers régionaux pour les législateurs, les juges, les procureurs et les enquêteurs, et soutient la coopération entre services répressifs et fournisseurs de services.</p><ul><li>Législation : analyse des projets de loi au regard des dispositions de la Convention.</li><li>Formation : ateliers pour les juges, les procureurs et les enquêteurs.</li><li>Coopération : lignes directrices pour les services répressifs et les fournisseurs d''accès à Internet, adoptées en avril 2008.</li></ul><p>Le Projet est financé par le Conseil de l''Europe et par des contributions volontaires d''États membres et de partenaires du secteur privé.</p>',
       encode(sha256(convert_to(p.title, 'UTF8') || '\x00'::bytea || convert_to(p.summary, 'UTF8') || '\x00'::bytea || convert_to(p.body, 'UTF8') || '\x00'::bytea), 'hex'), p.updated_at
from page p where p.slug = 'project-on-cybercrime' and p.language <> 'fr'
on conflict (page_id, language) do nothing;

-- Footer pages (issue 15) --------------------------------------------------------------
insert into page_translation (page_id, language, slug, title, summary, body, based_on, updated_at)
select p.id, 'fr', 'contact', 'Contact',
       'Comment joindre l''équipe du portail Cybercriminalité.',
       '<p>Les questions sur la Convention sur la cybercriminalité, le Projet sur la cybercriminalité ou ce portail s''adressent au secrétariat du Conseil de l''Europe à Strasbourg.</p><p>Écrivez à <a href="mailto:secretariat@example.org">secretariat@example.org</a>. Cette adresse est celle de la démonstration : un site en service donne ici la sienne.</p><p>Les autorités qui ont besoin des contacts réservés d''un profil de pays (points de contact 24/7, autorités centrales) les demandent à la même adresse.</p>',
       encode(sha256(convert_to(p.title, 'UTF8') || '\x00'::bytea || convert_to(p.summary, 'UTF8') || '\x00'::bytea || convert_to(p.body, 'UTF8') || '\x00'::bytea), 'hex'), p.updated_at
from page p where p.slug = 'contact' and p.language <> 'fr'
on conflict (page_id, language) do nothing;
insert into page_translation (page_id, language, slug, title, summary, body, based_on, updated_at)
select p.id, 'fr', 'mentions-legales', 'Mentions légales',
       'Qui publie ce portail, et la valeur de ses textes.',
       '<p>Ce portail est publié par le Conseil de l''Europe.</p><p>Les textes des traités, les signatures, les ratifications et les déclarations sont donnés à titre d''information. Chaque donnée cite sa source ; les textes authentiques et les données officielles sont ceux que tient le Bureau des traités du Conseil de l''Europe.</p><p>Les liens vers d''autres sites sont offerts par commodité ; le Conseil de l''Europe n''est pas responsable de leur contenu.</p>',
       encode(sha256(convert_to(p.title, 'UTF8') || '\x00'::bytea || convert_to(p.summary, 'UTF8') || '\x00'::bytea || convert_to(p.body, 'UTF8') || '\x00'::bytea), 'hex'), p.updated_at
from page p where p.slug = 'legal-notice' and p.language <> 'fr'
on conflict (page_id, language) do nothing;
insert into page_translation (page_id, language, slug, title, summary, body, based_on, updated_at)
select p.id, 'fr', 'confidentialite', 'Confidentialité',
       'Ce que le portail enregistre sur les visiteurs et les rédacteurs.',
       '<p>Les visiteurs lisent le portail sans compte. Les pages publiques ne déposent aucun cookie et le portail n''utilise aucun service de mesure d''audience ni de publicité.</p><p>Les rédacteurs et les administrateurs qui se connectent reçoivent un cookie de session, qui prend fin à la déconnexion ou après une période d''inactivité. Le portail enregistre qui a modifié quoi et quand (l''historique des révisions et le journal d''audit), afin que chaque modification puisse être retracée et annulée.</p><p>Les serveurs conservent des journaux techniques des requêtes pour la sécurité du site.</p>',
       encode(sha256(convert_to(p.title, 'UTF8') || '\x00'::bytea || convert_to(p.summary, 'UTF8') || '\x00'::bytea || convert_to(p.body, 'UTF8') || '\x00'::bytea), 'hex'), p.updated_at
from page p where p.slug = 'privacy' and p.language <> 'fr'
on conflict (page_id, language) do nothing;
insert into page_translation (page_id, language, slug, title, summary, body, based_on, updated_at)
select p.id, 'fr', 'accessibilite', 'Déclaration d''accessibilité',
       'Le portail vise la conformité aux Règles pour l''accessibilité des contenus Web (WCAG) 2.1, niveau AA.',
       '<p>Le portail vise la conformité aux Règles pour l''accessibilité des contenus Web (WCAG) 2.1, niveau AA, en anglais et en français.</p><h2>Comment c''est vérifié</h2><ul><li>Chaque page publique, dans les deux langues, et chaque formulaire d''administration sont vérifiés par axe-core (règles WCAG 2.1 A et AA) et par le Nu HTML Checker à chaque construction du logiciel ; une seule violation arrête la construction.</li><li>Chaque page publique est vérifiée à la largeur d''un téléphone (390 pixels) : rien ne doit déborder de l''écran.</li><li>Chaque page déclare sa langue, et un texte affiché dans une autre langue faute de traduction est signalé comme tel.</li></ul><h2>Limites connues</h2><p>Les documents PDF viennent de sources diverses et ne sont peut-être pas tous accessibles. Demandez un autre format par la page de contact.</p><h2>Signaler un problème</h2><p>Si quelque chose est difficile à utiliser sur le portail, dites-le-nous par la <a href="/fr/contact">page de contact</a>.</p>',
       encode(sha256(convert_to(p.title, 'UTF8') || '\x00'::bytea || convert_to(p.summary, 'UTF8') || '\x00'::bytea || convert_to(p.body, 'UTF8') || '\x00'::bytea), 'hex'), p.updated_at
from page p where p.slug = 'accessibility' and p.language <> 'fr'
on conflict (page_id, language) do nothing;
