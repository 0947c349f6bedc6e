// Gegenereerd uit docs/openapi.json door tools/contract.mjs (nx run web:api-client). Niet met de hand wijzigen.
export interface paths {
    "/afspraken/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén afspraak (wordt gelogd)
         * @description Eén afspraak (wordt gelogd). Rollen: klantmanager, teamleider.
         */
        get: operations["Afspraken_vind"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Afspraak bijwerken, bijvoorbeeld afronden (versie verplicht)
         * @description Afspraak bijwerken, bijvoorbeeld afronden (versie verplicht). Rollen: klantmanager, teamleider.
         */
        patch: operations["Afspraken_wijzig"];
        trace?: never;
    };
    "/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Geplande campagnegesprekken in een periode (standaard van de ingelogde medewerker)
         * @description Geplande campagnegesprekken in een periode (standaard van de ingelogde medewerker). Rollen: teamleider, klantmanager, extern.
         */
        get: operations["Agenda_lijst"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agenda.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dezelfde geplande gesprekken als iCalendar-bestand (RFC 5545)
         * @description Dezelfde geplande gesprekken als iCalendar-bestand (RFC 5545). Rollen: teamleider, klantmanager, extern.
         */
        get: operations["Agenda_ics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/klant-op-bsn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Een klant vinden op het volledige BSN (voor het logboek of een inzageverzoek); wordt gelogd
         * @description Een klant vinden op het volledige BSN (voor het logboek of een inzageverzoek); wordt gelogd. Rollen: privacy.
         */
        post: operations["Audit_klantOpBsn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/rapport": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Maandrapport per medewerker: inzagen, klanten, buiten het eigen team, doorbrekingen, BSN getoond, exports, geweigerd
         * @description Maandrapport per medewerker: inzagen, klanten, buiten het eigen team, doorbrekingen, BSN getoond, exports, geweigerd. Rollen: privacy.
         */
        get: operations["Audit_rapport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/rapport.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Het maandrapport als CSV (puntkomma, UTF-8)
         * @description Het maandrapport als CSV (puntkomma, UTF-8). Rollen: privacy.
         */
        get: operations["Audit_rapportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verwerkingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Wie heeft welke klantgegevens ingezien (logboek dataverwerkingen); het inzien wordt zelf ook gelogd
         * @description Wie heeft welke klantgegevens ingezien (logboek dataverwerkingen); het inzien wordt zelf ook gelogd. Rollen: privacy.
         */
        get: operations["Audit_verwerkingen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/wijzigingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Wie heeft wat gewijzigd, met oude en nieuwe waarden (beheerder: alleen instellingen en organisatie)
         * @description Wie heeft wat gewijzigd, met oude en nieuwe waarden (beheerder: alleen instellingen en organisatie). Rollen: privacy, beheerder.
         */
        get: operations["Audit_wijzigingen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inloggen met gebruikersnaam en wachtwoord (of eenmalige code); met TOTP volgt een tweede stap
         * @description Inloggen met gebruikersnaam en wachtwoord (of eenmalige code); met TOTP volgt een tweede stap. Zonder inloggen.
         */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login/nieuw-wachtwoord": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Na inloggen met een eenmalige code: een eigen wachtwoord kiezen; daarna zoals na inloggen
         * @description Na inloggen met een eenmalige code: een eigen wachtwoord kiezen; daarna zoals na inloggen. Zonder inloggen.
         */
        post: operations["Auth_loginNieuwWachtwoord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tweede stap van het inloggen: de code uit de authenticator-app (RFC 6238)
         * @description Tweede stap van het inloggen: de code uit de authenticator-app (RFC 6238). Zonder inloggen.
         */
        post: operations["Auth_loginTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Uitloggen: beëindigt de sessie op de server; het token geeft daarna 401
         * @description Uitloggen: beëindigt de sessie op de server; het token geeft daarna 401. Zonder inloggen.
         */
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/methoden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hoe medewerkers van een organisatie kunnen inloggen (wachtwoord, eigen account)
         * @description Hoe medewerkers van een organisatie kunnen inloggen (wachtwoord, eigen account). Zonder inloggen.
         */
        get: operations["Oidc_methoden"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/oidc/{organisatieCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inloggen met het account van de organisatie: doorsturen naar haar OpenID-provider (code flow met PKCE)
         * @description Inloggen met het account van de organisatie: doorsturen naar haar OpenID-provider (code flow met PKCE). Zonder inloggen.
         */
        get: operations["Oidc_start"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Terugkeer van de provider: controleert code, state en ID-token, zet de sessiecookie en stuurt door naar /
         * @description Terugkeer van de provider: controleert code, state en ID-token, zet de sessiecookie en stuurt door naar /. Zonder inloggen.
         */
        get: operations["Oidc_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/uitlogadres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Waar de browser na het uitloggen heen gaat om ook bij de provider van de organisatie uit te loggen
         * @description Waar de browser na het uitloggen heen gaat om ook bij de provider van de organisatie uit te loggen. Rollen: klantmanager, teamleider, beleid, beheerder, privacy, extern.
         */
        get: operations["Oidc_uitlogAdres"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/beheer/anonimiseren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Persoonsgegevens verwijderen van klanten over de bewaartermijn; met proefrun=true alleen tellen
         * @description Persoonsgegevens verwijderen van klanten over de bewaartermijn; met proefrun=true alleen tellen. Rollen: beheerder.
         */
        post: operations["Bewaartermijn_anonimiseer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campagnes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Campagnes van de organisatie met trechter, nieuwste eerst (extern: alleen lopende waar hij op staat)
         * @description Campagnes van de organisatie met trechter, nieuwste eerst (extern: alleen lopende waar hij op staat). Rollen: teamleider, klantmanager, extern, beleid.
         */
        get: operations["Campagnes_lijst"];
        put?: never;
        /**
         * Campagne (herscreening) aanmaken als concept
         * @description Campagne (herscreening) aanmaken als concept. Rollen: teamleider.
         */
        post: operations["Campagnes_maak"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campagnes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén campagne met trechter, opkomst en paden (beleid: aantallen onder 5 onderdrukt)
         * @description Eén campagne met trechter, opkomst en paden (beleid: aantallen onder 5 onderdrukt). Rollen: teamleider, klantmanager, extern, beleid.
         */
        get: operations["Campagnes_lees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Campagne wijzigen (criteria en startdatum alleen als concept; versie verplicht)
         * @description Campagne wijzigen (criteria en startdatum alleen als concept; versie verplicht). Rollen: teamleider.
         */
        patch: operations["Campagnes_wijzig"];
        trace?: never;
    };
    "/campagnes/{id}/afsluiten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Campagne afsluiten; extern medewerkers verliezen dan hun toegang
         * @description Campagne afsluiten; extern medewerkers verliezen dan hun toegang. Rollen: teamleider.
         */
        post: operations["Campagnes_afsluiten"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campagnes/{id}/brieven.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle uitnodigingsbrieven van één dag in één PDF, één A4 per brief (wordt gelogd)
         * @description Alleen brieven van klanten die de vrager mag openen; een externe medewerker alleen zolang de campagne loopt.
         */
        get: operations["CampagneBrieven_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campagnes/{id}/deelnemers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deelnemers met hun afgeleide status en laatste uitnodiging (wordt gelogd)
         * @description Deelnemers met hun afgeleide status en laatste uitnodiging (wordt gelogd). Rollen: teamleider, klantmanager, extern.
         */
        get: operations["Campagnes_deelnemerLijst"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campagnes/{id}/deelnemers/{klantId}/nabellen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nabellen vastleggen (telefoon: bereikt of niet), bij de open uitnodiging
         * @description Nabellen vastleggen (telefoon: bereikt of niet), bij de open uitnodiging. Rollen: teamleider, klantmanager, extern.
         */
        post: operations["Campagnes_nabellen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campagnes/{id}/deelnemers/{klantId}/uitnodiging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deelnemer uitnodigen voor het gesprek; legt de brief vast als contactmoment
         * @description Deelnemer uitnodigen voor het gesprek; legt de brief vast als contactmoment. Rollen: teamleider, klantmanager, extern.
         */
        post: operations["Campagnes_uitnodigen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campagnes/{id}/effect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Effect 6 en 12 maanden na het campagnegesprek: ladder, leefgebieden en uitstroom, met referentiegroep
         * @description Effect 6 en 12 maanden na het campagnegesprek: ladder, leefgebieden en uitstroom, met referentiegroep. Rollen: teamleider, beleid.
         */
        get: operations["CampagneRapport_lees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campagnes/{id}/starten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Campagne starten: bevriest het cohort van vandaag met de startsituatie per klant
         * @description Campagne starten: bevriest het cohort van vandaag met de startsituatie per klant. Rollen: teamleider.
         */
        post: operations["Campagnes_starten"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campagnes/{id}/trechter.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trechter, paden, per medewerker en effect van de campagne als Excel-werkboek
         * @description Trechter, paden, per medewerker en effect van de campagne als Excel-werkboek. Rollen: teamleider, beleid.
         */
        get: operations["CampagneRapport_trechterXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campagnes/{id}/verdelen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deelnemers gelijk verdelen over medewerkers, wie de minste heeft eerst (voorbeeld: alleen tonen)
         * @description Deelnemers gelijk verdelen over medewerkers, wie de minste heeft eerst (voorbeeld: alleen tonen). Rollen: teamleider.
         */
        post: operations["Campagnes_verdelen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campagnes/voorbeeld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hoeveel klanten vandaag in het cohort van deze criteria vallen, per gemeente en team
         * @description Hoeveel klanten vandaag in het cohort van deze criteria vallen, per gemeente en team. Rollen: teamleider.
         */
        post: operations["Campagnes_voorbeeld"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contactmomenten/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Contactmoment corrigeren (met reden en versie)
         * @description Door wie het vastlegde of een teamleider van het team van de klant (anders 403 CORRECTIE_NIET_TOEGESTAAN), tot en met de 30e dag na het vastleggen (anders 422 CORRECTIETERMIJN_VERSTREKEN). De oude waarden en de reden staan daarna in GET /api/audit/wijzigingen.
         */
        patch: operations["Contactmomenten_corrigeer"];
        trace?: never;
    };
    "/gemeenten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gemeenten van de eigen organisatie
         * @description Gemeenten van de eigen organisatie. Rollen: klantmanager, teamleider, beleid, beheerder.
         */
        get: operations["Organisaties_gemeenten"];
        put?: never;
        /**
         * Gemeente toevoegen aan de organisatie (CBS-code GM en vier cijfers)
         * @description Gemeente toevoegen aan de organisatie (CBS-code GM en vier cijfers). Rollen: beheerder.
         */
        post: operations["Organisaties_maakGemeente"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gemeenten/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Naam van een gemeente wijzigen
         * @description Naam van een gemeente wijzigen. Rollen: beheerder.
         */
        patch: operations["Organisaties_wijzigGemeente"];
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Draait de dienst en is de database bereikbaar?
         * @description Draait de dienst en is de database bereikbaar? Zonder inloggen.
         */
        get: operations["Health_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/importen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Imports van de organisatie (beheerder) of de eigen (teamleider), nieuwste eerst
         * @description Imports van de organisatie (beheerder) of de eigen (teamleider), nieuwste eerst. Rollen: beheerder, teamleider.
         */
        get: operations["Importen_lijst"];
        put?: never;
        /**
         * Bestand importeren (CSV of Excel): eerst altijd een proefrun; uitvoeren is een aparte stap
         * @description Bestand importeren (CSV of Excel): eerst altijd een proefrun; uitvoeren is een aparte stap. Rollen: beheerder, teamleider.
         */
        post: operations["Importen_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/importen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status, voortgang, tellingen en de eerste 200 fouten van een import
         * @description Status, voortgang, tellingen en de eerste 200 fouten van een import. Rollen: beheerder, teamleider.
         */
        get: operations["Importen_vind"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/importen/{id}/fouten.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle fouten van een import als CSV (rij, veld, melding)
         * @description Alle fouten van een import als CSV (rij, veld, melding). Rollen: beheerder, teamleider.
         */
        get: operations["Importen_foutenCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/importen/{id}/koppeling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * De kolommen van het bestand anders aan de velden koppelen; de proefrun loopt opnieuw met die koppeling
         * @description De kolommen van het bestand anders aan de velden koppelen; de proefrun loopt opnieuw met die koppeling. Rollen: beheerder, teamleider.
         */
        put: operations["Importen_wijzigKoppeling"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/importen/{id}/uitvoeren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Een goedgekeurde proefrun uitvoeren: alle rijen of geen
         * @description Een goedgekeurde proefrun uitvoeren: alle rijen of geen. Rollen: beheerder, teamleider.
         */
        post: operations["Importen_uitvoeren"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instellingen/bewaartermijn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De bewaartermijn: jaren na uitstroom, automatisch of niet, en hoeveel klanten er nu over zijn
         * @description De bewaartermijn: jaren na uitstroom, automatisch of niet, en hoeveel klanten er nu over zijn. Rollen: beheerder, privacy.
         */
        get: operations["Bewaartermijn_lees"];
        /**
         * De bewaartermijn instellen (wordt vastgelegd in de wijzigingen)
         * @description De bewaartermijn instellen (wordt vastgelegd in de wijzigingen). Rollen: beheerder.
         */
        put: operations["Bewaartermijn_wijzig"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instellingen/brieven": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Uitnodigingsbrief van de organisatie en per gemeente, met de samenvoegvelden
         * @description Uitnodigingsbrief van de organisatie en per gemeente, met de samenvoegvelden. Rollen: beheerder, teamleider.
         */
        get: operations["BriefSjablonen_lijst"];
        /**
         * Uitnodigingsbrief opslaan (organisatie of één gemeente); onbekend samenvoegveld: 400
         * @description Uitnodigingsbrief opslaan (organisatie of één gemeente); onbekend samenvoegveld: 400. Rollen: beheerder.
         */
        put: operations["BriefSjablonen_slaOp"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instellingen/brieven/{gemeenteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Eigen brief van een gemeente weghalen: de gemeente krijgt weer die van de organisatie
         * @description Eigen brief van een gemeente weghalen: de gemeente krijgt weer die van de organisatie. Rollen: beheerder.
         */
        delete: operations["BriefSjablonen_verwijder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instellingen/brieven/voorbeeld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Niet-opgeslagen brief als PDF, gevuld met voorbeeldgegevens
         * @description Niet-opgeslagen brief als PDF, gevuld met voorbeeldgegevens. Rollen: beheerder.
         */
        post: operations["BriefSjablonen_voorbeeld"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instellingen/contactnormen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Contactnormen van de organisatie
         * @description Contactnormen van de organisatie. Rollen: klantmanager, teamleider, beleid, beheerder.
         */
        get: operations["Instellingen_contactnormen"];
        /**
         * Contactnormen vervangen (functioneel beheerder)
         * @description Contactnormen vervangen (functioneel beheerder). Rollen: beheerder.
         */
        put: operations["Instellingen_wijzig"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instellingen/dienstverleningscategorieen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dienstverleningscategorieën met contactnorm en soorten afspraak
         * @description Dienstverleningscategorieën met contactnorm en soorten afspraak. Rollen: klantmanager, teamleider, beleid, beheerder, privacy.
         */
        get: operations["Instellingen_categorieen"];
        /**
         * Dienstverleningscategorieën vervangen: hernoemen, toevoegen, op niet actief zetten
         * @description Dienstverleningscategorieën vervangen: hernoemen, toevoegen, op niet actief zetten. Rollen: beheerder.
         */
        put: operations["Instellingen_wijzigCategorieen"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instellingen/dienstverleningspaden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dienstverleningspaden van de organisatie
         * @description Dienstverleningspaden van de organisatie. Rollen: klantmanager, teamleider, beheerder, beleid.
         */
        get: operations["Leefgebieden_paden"];
        /**
         * Dienstverleningspaden vervangen: hernoemen, toevoegen, op niet actief zetten
         * @description Dienstverleningspaden vervangen: hernoemen, toevoegen, op niet actief zetten. Rollen: beheerder.
         */
        put: operations["Leefgebieden_wijzigPaden"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instellingen/leefgebieden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Het actieve instrument: leefgebieden, niveaus en adviesregels
         * @description Het actieve instrument: leefgebieden, niveaus en adviesregels. Rollen: klantmanager, teamleider, beheerder, beleid.
         */
        get: operations["Leefgebieden_leefgebieden"];
        /**
         * Instrument vervangen (functioneel beheerder): maakt een nieuwe versie, oude scores houden de hunne
         * @description Instrument vervangen (functioneel beheerder): maakt een nieuwe versie, oude scores houden de hunne. Rollen: beheerder.
         */
        put: operations["Leefgebieden_wijzigLeefgebieden"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instellingen/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inloggen met het eigen account van de organisatie (OpenID Connect): de instelling
         * @description Inloggen met het eigen account van de organisatie (OpenID Connect): de instelling. Rollen: beheerder.
         */
        get: operations["Oidc_leesInstellingen"];
        /**
         * Inloggen met het eigen account instellen; haalt het discovery-document van de issuer direct op
         * @description Inloggen met het eigen account instellen; haalt het discovery-document van de issuer direct op. Rollen: beheerder.
         */
        put: operations["Oidc_wijzigInstellingen"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klanten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Klanten zoeken en filteren (BSN gemaskeerd; op BSN alleen met alle 9 cijfers)
         * @description Klanten zoeken en filteren (BSN gemaskeerd; op BSN alleen met alle 9 cijfers). Rollen: klantmanager, teamleider.
         */
        get: operations["Klanten_lijst"];
        put?: never;
        /**
         * Klant registreren
         * @description Klant registreren. Rollen: klantmanager, teamleider.
         */
        post: operations["Klanten_maak"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klanten/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Klantdossier: gegevens, in-beeldstatus en huidige trede (wordt gelogd)
         * @description Klantdossier: gegevens, in-beeldstatus en huidige trede (wordt gelogd). Rollen: klantmanager, teamleider, extern.
         */
        get: operations["Klanten_vind"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Klantgegevens wijzigen (versie verplicht)
         * @description Klantgegevens wijzigen (versie verplicht). Rollen: klantmanager, teamleider.
         */
        patch: operations["Klanten_wijzig"];
        trace?: never;
    };
    "/klanten/{id}/bsn-inzage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Het volledige BSN tonen: een aparte, gelogde handeling (lijsten tonen het gemaskeerd)
         * @description Het volledige BSN tonen: een aparte, gelogde handeling (lijsten tonen het gemaskeerd). Rollen: klantmanager, teamleider.
         */
        post: operations["Klanten_bsnInzage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klanten/{id}/doorbreken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Een dossier van een ander team openen met een reden, voor de rest van vandaag (wordt gelogd en gerapporteerd)
         * @description Een dossier van een ander team openen met een reden, voor de rest van vandaag (wordt gelogd en gerapporteerd). Rollen: klantmanager, teamleider.
         */
        post: operations["Klanten_doorbreek"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klanten/{id}/inzage-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alles wat het systeem over de klant bewaart, met wie het inzag of wijzigde (AVG art. 15); JSON of PDF
         * @description Alles wat het systeem over de klant bewaart, met wie het inzag of wijzigde (AVG art. 15); JSON of PDF. Rollen: privacy.
         */
        get: operations["Inzage_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klanten/{id}/overdracht": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Het hele dossier als één overdrachtsdocument (JSON, met volledig BSN) voor een andere organisatie
         * @description De vorm staat in docs/overdracht.schema.json (JSON Schema 2020-12) en docs/overdracht.md. Dezelfde toegangsregel als het dossier; elke export staat als klant.overdracht_export in het verwerkingenlogboek.
         */
        get: operations["Overdracht_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klanten/{id}/tijdlijn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alles in het dossier, nieuwste eerst (wordt gelogd)
         * @description Alles in het dossier, nieuwste eerst (wordt gelogd). Rollen: klantmanager, teamleider, extern.
         */
        get: operations["Klanten_tijdlijn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klanten/{klantId}/afspraken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Afspraken van een klant: lopende eerst (wordt gelogd)
         * @description Afspraken van een klant: lopende eerst (wordt gelogd). Rollen: klantmanager, teamleider.
         */
        get: operations["Afspraken_lijst"];
        put?: never;
        /**
         * Afspraak vastleggen (einddatum verplicht)
         * @description Afspraak vastleggen (einddatum verplicht). Rollen: klantmanager, teamleider.
         */
        post: operations["Afspraken_maak"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klanten/{klantId}/contactmomenten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Contactmomenten van een klant, nieuwste eerst (wordt gelogd)
         * @description Contactmomenten van een klant, nieuwste eerst (wordt gelogd). Rollen: klantmanager, teamleider.
         */
        get: operations["Contactmomenten_lijst"];
        put?: never;
        /**
         * Contactmoment vastleggen
         * @description Contactmoment vastleggen. Rollen: klantmanager, teamleider.
         */
        post: operations["Contactmomenten_maak"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klanten/{klantId}/gesprekken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Klant-in-beeld-gesprekken van een klant, nieuwste eerst (wordt gelogd)
         * @description Klant-in-beeld-gesprekken van een klant, nieuwste eerst (wordt gelogd). Rollen: klantmanager, teamleider.
         */
        get: operations["Gesprekken_lijst"];
        put?: never;
        /**
         * Klant-in-beeld-gesprek vastleggen: scores, loonwaarde, advies en keuze; is ook een contactmoment
         * @description Legt in één keer het contactmoment (gesproken, telt als gezien) en het gesprek vast. Het advies wordt berekend uit de scores met de adviesregels van de organisatie; een keuze die afwijkt van het advies vraagt afwijkingReden. Met categorieOvernemen krijgt de klant de gekozen categorie (en dus de contactnorm).
         */
        post: operations["Gesprekken_maak"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klanten/{klantId}/ladder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ladder-metingen van een klant, nieuwste eerst (wordt gelogd)
         * @description Ladder-metingen van een klant, nieuwste eerst (wordt gelogd). Rollen: klantmanager, teamleider.
         */
        get: operations["Ladder_lijst"];
        put?: never;
        /**
         * Ladder-meting vastleggen
         * @description Ladder-meting vastleggen. Rollen: klantmanager, teamleider.
         */
        post: operations["Ladder_maak"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klanten/{klantId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plan van aanpak van een klant (versie 0 als er nog geen is; wordt gelogd)
         * @description Plan van aanpak van een klant (versie 0 als er nog geen is; wordt gelogd). Rollen: klantmanager, teamleider.
         */
        get: operations["Gesprekken_plan"];
        /**
         * Plan van aanpak opslaan: alle doelen en de evaluatiedatum (versie verplicht; 0 maakt het plan)
         * @description Plan van aanpak opslaan: alle doelen en de evaluatiedatum (versie verplicht; 0 maakt het plan). Rollen: klantmanager, teamleider.
         */
        put: operations["Gesprekken_slaPlanOp"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klanten/{klantId}/plan.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Het plan als PDF van één A4 in eenvoudige taal, voor de klant (wordt gelogd)
         * @description Het plan als PDF van één A4 in eenvoudige taal, voor de klant (wordt gelogd). Rollen: klantmanager, teamleider.
         */
        get: operations["Gesprekken_planPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klanten/{klantId}/vrijstellingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Vrijstellingen van een klant: geldende eerst (wordt gelogd)
         * @description Vrijstellingen van een klant: geldende eerst (wordt gelogd). Rollen: klantmanager, teamleider.
         */
        get: operations["Vrijstellingen_lijst"];
        put?: never;
        /**
         * Vrijstelling vastleggen (formeel met beschikking, informeel met einddatum)
         * @description Vrijstelling vastleggen (formeel met beschikking, informeel met einddatum). Rollen: klantmanager, teamleider.
         */
        post: operations["Vrijstellingen_maak"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klanten/herverdelen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Klanten naar een andere klantmanager (teamleider; alles of niets)
         * @description Klanten naar een andere klantmanager (teamleider; alles of niets). Rollen: teamleider.
         */
        post: operations["Klanten_herverdeel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De ingelogde medewerker
         * @description De ingelogde medewerker. Rollen: klantmanager, teamleider, beleid, beheerder, privacy, extern.
         */
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tweestapsverificatie instellen: een nieuw geheim met QR-code (actief na bevestigen)
         * @description Tweestapsverificatie instellen: een nieuw geheim met QR-code (actief na bevestigen). Rollen: klantmanager, teamleider, beleid, beheerder, privacy, extern.
         */
        post: operations["Auth_totpInstellen"];
        /**
         * Tweestapsverificatie uitzetten (niet voor beheerder en privacy)
         * @description Tweestapsverificatie uitzetten (niet voor beheerder en privacy). Rollen: klantmanager, teamleider, beleid, beheerder, privacy, extern.
         */
        delete: operations["Auth_totpUitzetten"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/totp/bevestigen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tweestapsverificatie aanzetten met een eerste code uit de app
         * @description Tweestapsverificatie aanzetten met een eerste code uit de app. Rollen: klantmanager, teamleider, beleid, beheerder, privacy, extern.
         */
        post: operations["Auth_totpBevestigen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/wachtwoord": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Eigen wachtwoord wijzigen (minstens 12 tekens, geen veelgebruikt wachtwoord); andere sessies eindigen
         * @description Eigen wachtwoord wijzigen (minstens 12 tekens, geen veelgebruikt wachtwoord); andere sessies eindigen. Rollen: klantmanager, teamleider, beleid, beheerder, privacy, extern.
         */
        post: operations["Auth_wijzigWachtwoord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/medewerkers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Medewerkers van de eigen organisatie (zoeken op naam, gebruikersnaam of e-mail)
         * @description Medewerkers van de eigen organisatie (zoeken op naam, gebruikersnaam of e-mail). Rollen: klantmanager, teamleider, beheerder, privacy.
         */
        get: operations["Medewerkers_lijst"];
        put?: never;
        /**
         * Medewerker aanmaken; een lokaal account krijgt een eenmalige code (één keer getoond)
         * @description Medewerker aanmaken; een lokaal account krijgt een eenmalige code (één keer getoond). Rollen: beheerder.
         */
        post: operations["Medewerkers_maak"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/medewerkers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Medewerker wijzigen, deactiveren (met overdracht van de klanten) of heractiveren
         * @description Medewerker wijzigen, deactiveren (met overdracht van de klanten) of heractiveren. Rollen: beheerder.
         */
        patch: operations["Medewerkers_wijzig"];
        trace?: never;
    };
    "/medewerkers/{id}/overdracht": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Voorbeeld van de overdracht: wie hoeveel actieve klanten krijgt (wijzigt niets)
         * @description Voorbeeld van de overdracht: wie hoeveel actieve klanten krijgt (wijzigt niets). Rollen: beheerder.
         */
        get: operations["Medewerkers_overdracht"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/medewerkers/{id}/wachtwoord-herstel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Eenmalige code voor een lokaal account (72 uur geldig, één keer getoond); beëindigt de sessies
         * @description Eenmalige code voor een lokaal account (72 uur geldig, één keer getoond); beëindigt de sessies. Rollen: beheerder.
         */
        post: operations["Medewerkers_wachtwoordHerstel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/doorstroom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Doorstroom op de participatieladder: trede op van → trede op tot
         * @description Doorstroom op de participatieladder: trede op van → trede op tot. Rollen: beleid, teamleider, beheerder.
         */
        get: operations["Rapportages_doorstroom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/doorstroom.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Doorstroom op de participatieladder als CSV (puntkomma, UTF-8)
         * @description Doorstroom op de participatieladder als CSV (puntkomma, UTF-8). Rollen: beleid, teamleider, beheerder.
         */
        get: operations["Rapportages_doorstroomCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/doorstroom.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Doorstroom op de participatieladder als Excel-werkboek
         * @description Doorstroom op de participatieladder als Excel-werkboek. Rollen: beleid, teamleider, beheerder.
         */
        get: operations["Rapportages_doorstroomXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/kerncijfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kerncijfers op een peildatum (een datum in het verleden geeft de toestand van toen)
         * @description Kerncijfers op een peildatum (een datum in het verleden geeft de toestand van toen). Rollen: beleid, teamleider, beheerder.
         */
        get: operations["Rapportages_kerncijfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/kerncijfers.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kerncijfers als CSV (puntkomma, UTF-8)
         * @description Kerncijfers als CSV (puntkomma, UTF-8). Rollen: beleid, teamleider, beheerder.
         */
        get: operations["Rapportages_kerncijfersCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/kerncijfers.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kerncijfers als Excel-werkboek, een blad per onderdeel
         * @description Kerncijfers als Excel-werkboek, een blad per onderdeel. Rollen: beleid, teamleider, beheerder.
         */
        get: operations["Rapportages_kerncijfersXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/leefgebieden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Niveaus per leefgebied, klanten per dienstverleningspad en plannen op een peildatum
         * @description Niveaus per leefgebied, klanten per dienstverleningspad en plannen op een peildatum. Rollen: beleid, teamleider, beheerder.
         */
        get: operations["Rapportages_leefgebieden"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/leefgebieden.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Leefgebieden, paden en plannen als CSV (puntkomma, UTF-8)
         * @description Leefgebieden, paden en plannen als CSV (puntkomma, UTF-8). Rollen: beleid, teamleider, beheerder.
         */
        get: operations["Rapportages_leefgebiedenCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/leefgebieden.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Leefgebieden, paden en plannen als Excel-werkboek, een blad per onderdeel
         * @description Leefgebieden, paden en plannen als Excel-werkboek, een blad per onderdeel. Rollen: beleid, teamleider, beheerder.
         */
        get: operations["Rapportages_leefgebiedenXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/leefgebieden/beweging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Beweging per leefgebied: niveau op van → niveau op tot
         * @description Beweging per leefgebied: niveau op van → niveau op tot. Rollen: beleid, teamleider, beheerder.
         */
        get: operations["Rapportages_leefgebiedenBeweging"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/leefgebieden/beweging.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Beweging per leefgebied als CSV (puntkomma, UTF-8)
         * @description Beweging per leefgebied als CSV (puntkomma, UTF-8). Rollen: beleid, teamleider, beheerder.
         */
        get: operations["Rapportages_bewegingCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/leefgebieden/beweging.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Beweging per leefgebied als Excel-werkboek
         * @description Beweging per leefgebied als Excel-werkboek. Rollen: beleid, teamleider, beheerder.
         */
        get: operations["Rapportages_bewegingXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportages/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kerncijfers per maand (maandeinde; de laatste op tot)
         * @description Kerncijfers per maand (maandeinde; de laatste op tot). Rollen: beleid, teamleider, beheerder.
         */
        get: operations["Rapportages_trend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Teams van de eigen organisatie (standaard zonder gearchiveerde)
         * @description Teams van de eigen organisatie (standaard zonder gearchiveerde). Rollen: klantmanager, teamleider, beleid, beheerder.
         */
        get: operations["Organisaties_teams"];
        put?: never;
        /**
         * Team aanmaken
         * @description Team aanmaken. Rollen: beheerder.
         */
        post: operations["Organisaties_maakTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Team hernoemen, archiveren of terughalen
         * @description Team hernoemen, archiveren of terughalen. Rollen: beheerder.
         */
        patch: operations["Organisaties_wijzigTeam"];
        trace?: never;
    };
    "/teams/{id}/overzicht": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Weekstart: per klantmanager caseload, in beeld, verlopen items en gesprekken deze week
         * @description Weekstart: per klantmanager caseload, in beeld, verlopen items en gesprekken deze week. Rollen: teamleider.
         */
        get: operations["Werkvoorraad_teamOverzicht"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}/weekstart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Weekstart campagne: per medewerker gesprekken gepland, gevoerd en no-shows deze week naast de werkvoorraad
         * @description Weekstart campagne: per medewerker gesprekken gepland, gevoerd en no-shows deze week naast de werkvoorraad. Rollen: teamleider.
         */
        get: operations["Weekstart_lijst"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verwerkingsactiviteiten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Het register van verwerkingsactiviteiten van de organisatie
         * @description Het register van verwerkingsactiviteiten van de organisatie. Rollen: privacy, beheerder.
         */
        get: operations["Audit_verwerkingsactiviteiten"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vrijstellingen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eén vrijstelling (wordt gelogd)
         * @description Eén vrijstelling (wordt gelogd). Rollen: klantmanager, teamleider.
         */
        get: operations["Vrijstellingen_vind"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Vrijstelling bijwerken of intrekken (versie verplicht)
         * @description Vrijstelling bijwerken of intrekken (versie verplicht). Rollen: klantmanager, teamleider.
         */
        patch: operations["Vrijstellingen_wijzig"];
        trace?: never;
    };
    "/werkvoorraad": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Wie moet ik vandaag zien of najagen? Verlopen eerst, dan op vervaldatum
         * @description Wie moet ik vandaag zien of najagen? Verlopen eerst, dan op vervaldatum. Rollen: klantmanager, teamleider, extern.
         */
        get: operations["Werkvoorraad_lijst"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/werkvoorraad/uitstellen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Wat er in het team is uitgesteld, door wie en waarom
         * @description Wat er in het team is uitgesteld, door wie en waarom. Rollen: teamleider.
         */
        get: operations["Werkvoorraad_uitstellen"];
        put?: never;
        /**
         * Een item uitstellen tot een datum, met reden
         * @description Een item uitstellen tot een datum, met reden. Rollen: klantmanager, teamleider, extern.
         */
        post: operations["Werkvoorraad_stelUit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AdresDto: {
            /** @example 12a */
            huisnummer: string;
            /** @example 8011 AB */
            postcode: string;
            /** @example Grote Markt */
            straat: string;
            /** @example Zwolle */
            woonplaats: string;
        };
        AdviesDto: {
            /** @example bijna_job_ready */
            categorie: string;
            /** @example een_leefgebied */
            pad: string;
            /** @description De regel die paste; null als "anders" gold */
            regel: string | null;
        };
        AdviesRegelDto: {
            /**
             * @description Code van een dienstverleningscategorie
             * @example job_ready
             */
            categorie: string;
            /** @description Alleen deze leefgebieden tellen mee (weglaten: alle) */
            domeinen?: string[];
            /**
             * @description Alleen als de geschatte loonwaarde lager is dan dit percentage (of niet geschat)
             * @example 30
             */
            loonwaardeOnder?: number;
            /**
             * @description …op dit niveau of lager
             * @example 2
             */
            maxNiveau: number;
            /**
             * @description Minstens zoveel leefgebieden…
             * @example 2
             */
            minAantal: number;
            /** @example Twee of meer leefgebieden op niveau 2 of lager */
            omschrijving: string;
            /**
             * @description Code van een pad
             * @example intensief_naar_werk
             */
            pad: string;
        };
        AdviesregelsDto: {
            /** @description Het advies als geen regel past */
            anders: components["schemas"]["AdviesUitkomstDto"];
            /** @description Op volgorde: de eerste regel die past bepaalt het advies */
            regels: components["schemas"]["AdviesRegelDto"][];
        };
        AdviesUitkomstDto: {
            /**
             * @description Code van een dienstverleningscategorie
             * @example job_ready
             */
            categorie: string;
            /**
             * @description Code van een pad
             * @example intensief_naar_werk
             */
            pad: string;
        };
        AfspraakDto: {
            /** Format: date-time */
            aangemaaktOp: string;
            /**
             * Format: uuid
             * @description Het doel van het plan (of null)
             */
            doelId: string | null;
            /** Format: date */
            einddatum: string;
            /** Format: date-time */
            gewijzigdOp: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            klantId: string;
            /** Format: uuid */
            medewerkerId: string;
            medewerkerNaam: string;
            omschrijving: string;
            resultaatToelichting: string | null;
            /** @enum {string} */
            soort: "vervolggesprek" | "taal" | "opleiding" | "vrijwilligerswerk" | "re_integratietraject" | "werkervaringsplaats" | "solliciteren" | "gezondheid" | "schuldhulpverlening" | "tegenprestatie" | "doorverwijzing_netwerkpartner" | "overig";
            /** Format: date */
            startdatum: string;
            /** @enum {string} */
            status: "lopend" | "nagekomen" | "niet_nagekomen" | "vervallen";
            versie: number;
        };
        AfspraakInvoerDto: {
            /**
             * Format: uuid
             * @description Het doel van het plan van aanpak van deze klant waar de afspraak bij hoort
             */
            doelId?: string | null;
            /**
             * Format: date
             * @description Altijd verplicht ("geen escape"); niet voor de startdatum
             * @example 2026-11-23
             */
            einddatum: string;
            /** @example Gesprek over de voortgang van de taalcursus */
            omschrijving: string;
            resultaatToelichting?: string | null;
            /**
             * @example vervolggesprek
             * @enum {string}
             */
            soort: "vervolggesprek" | "taal" | "opleiding" | "vrijwilligerswerk" | "re_integratietraject" | "werkervaringsplaats" | "solliciteren" | "gezondheid" | "schuldhulpverlening" | "tegenprestatie" | "doorverwijzing_netwerkpartner" | "overig";
            /**
             * Format: date
             * @example 2026-11-23
             */
            startdatum: string;
            /**
             * @description Standaard lopend
             * @enum {string}
             */
            status?: "lopend" | "nagekomen" | "niet_nagekomen" | "vervallen";
        };
        AfspraakPagina: {
            items: components["schemas"]["AfspraakDto"][];
            page: number;
            pageSize: number;
            /** @description Totaal aantal over alle pagina’s */
            totaal: number;
        };
        AfspraakWijzigingDto: {
            /**
             * Format: uuid
             * @description Het doel van het plan van aanpak van deze klant waar de afspraak bij hoort
             */
            doelId?: string | null;
            /**
             * Format: date
             * @description Altijd verplicht ("geen escape"); niet voor de startdatum
             * @example 2026-11-23
             */
            einddatum?: string;
            /** @example Gesprek over de voortgang van de taalcursus */
            omschrijving?: string;
            resultaatToelichting?: string | null;
            /**
             * @example vervolggesprek
             * @enum {string}
             */
            soort?: "vervolggesprek" | "taal" | "opleiding" | "vrijwilligerswerk" | "re_integratietraject" | "werkervaringsplaats" | "solliciteren" | "gezondheid" | "schuldhulpverlening" | "tegenprestatie" | "doorverwijzing_netwerkpartner" | "overig";
            /**
             * Format: date
             * @example 2026-11-23
             */
            startdatum?: string;
            /**
             * @description Standaard lopend
             * @enum {string}
             */
            status?: "lopend" | "nagekomen" | "niet_nagekomen" | "vervallen";
            /** @description De versie die je hebt gelezen (optimistic locking) */
            versie: number;
        };
        AgendaDto: {
            items: components["schemas"]["AgendaItemDto"][];
        };
        AgendaItemDto: {
            /** Format: uuid */
            campagneId: string;
            campagneNaam: string;
            /** Format: date-time */
            datumTijd: string;
            duurMinuten: number;
            /** Format: uuid */
            klantId: string;
            klantNaam: string;
            locatie: string;
            /** Format: uuid */
            medewerkerId: string;
            /**
             * @description Status van de deelnemer
             * @enum {string}
             */
            status: "te_plannen" | "uitgenodigd" | "verschenen" | "no_show" | "gesprek_gevoerd" | "plan_gemaakt";
            /** Format: uuid */
            uitnodigingId: string;
        };
        AnonimiserenDto: {
            aantal: number;
            proefrun: boolean;
        };
        BewaartermijnDto: {
            /** @description Elke nacht vanzelf anonimiseren wat over de termijn is */
            automatisch: boolean;
            /**
             * @description Na zoveel jaar na de uitstroom worden de persoonsgegevens verwijderd
             * @example 10
             */
            jarenNaUitstroom: number;
            /**
             * Format: date
             * @description Laatste keer dat er is geanonimiseerd
             */
            laatstGeanonimiseerdOp: string | null;
            /** @description Klanten die nu over de termijn zijn en nog persoonsgegevens hebben */
            teAnonimiseren: number;
        };
        BewaartermijnInvoerDto: {
            /** @description Elke nacht vanzelf anonimiseren wat over de termijn is */
            automatisch: boolean;
            /**
             * @description Na zoveel jaar na de uitstroom worden de persoonsgegevens verwijderd
             * @example 10
             */
            jarenNaUitstroom: number;
        };
        BriefInvoerDto: {
            /**
             * @description Afzender en adres, regel voor regel
             * @example Gemeente Zwolle
             *     Postbus 10007
             */
            afzender: string;
            /**
             * Format: uuid
             * @description Gemeente (logo); leeg: de organisatie
             */
            gemeenteId?: string | null;
            /** @description De tekst van de brief met samenvoegvelden zoals {{klant.naam}} */
            inhoud: string;
            /** @description Weglaten: logo blijft; null: logo weg */
            logo?: components["schemas"]["LogoDto"] | null;
            /**
             * @description Onderwerp; mag samenvoegvelden bevatten
             * @example Uitnodiging voor een gesprek
             */
            onderwerp: string;
            /** @description Versie zoals gelezen; 0 maakt de brief */
            versie: number;
        };
        BriefSjabloonDto: {
            /** @description Afzender en adres, regel voor regel */
            afzender: string;
            /**
             * Format: uuid
             * @description null: de brief van de organisatie
             */
            gemeenteId: string | null;
            heeftLogo: boolean;
            inhoud: string;
            onderwerp: string;
            /** @description true: de standaardbrief, nog niet aangepast */
            standaard: boolean;
            /** @description 0 zolang de standaardbrief nog niet is opgeslagen */
            versie: number;
        };
        BriefVoorbeeldInvoerDto: {
            /**
             * @description Afzender en adres, regel voor regel
             * @example Gemeente Zwolle
             *     Postbus 10007
             */
            afzender: string;
            /**
             * Format: uuid
             * @description Gemeente (logo); leeg: de organisatie
             */
            gemeenteId?: string | null;
            /** @description De tekst van de brief met samenvoegvelden zoals {{klant.naam}} */
            inhoud: string;
            /**
             * @description Onderwerp; mag samenvoegvelden bevatten
             * @example Uitnodiging voor een gesprek
             */
            onderwerp: string;
        };
        BrievenDto: {
            sjablonen: components["schemas"]["BriefSjabloonDto"][];
            velden: components["schemas"]["SamenvoegveldDto"][];
        };
        BsnInzageDto: {
            /** @example 999912345 */
            bsn: string;
        };
        CampagneCriteriaDto: {
            /** @description Codes van dienstverleningscategorieën van de organisatie */
            categorieen?: string[];
            /** @description Gemeenten van de organisatie */
            gemeenteIds?: string[];
            /**
             * @description De uitkering loopt minstens zoveel maanden
             * @example 24
             */
            minUitkeringsduurMaanden?: number;
            /**
             * @description Niet gesproken (geen contact dat als gezien telt) in minstens zoveel maanden; nooit gesproken telt mee
             * @example 12
             */
            nietGesprokenMaanden?: number;
            /** @description Teams van de klantmanager van de klant */
            teamIds?: string[];
        };
        CampagneDto: {
            /** Format: uuid */
            aangemaaktDoor: string;
            /** Format: date-time */
            afgeslotenOp: string | null;
            /** @description Bevroren cohort; bij een concept het aantal dat vandaag in het cohort zou vallen */
            cohortGrootte: number | null;
            criteria: components["schemas"]["CampagneCriteriaDto"];
            doel: string | null;
            /** Format: date */
            einddatum: string;
            externeMedewerkerIds: string[];
            /** Format: date-time */
            gestartOp: string | null;
            /** Format: uuid */
            id: string;
            maxUitnodigingen: number;
            naam: string;
            /** @description Waar: aantallen onder 5 zijn weggelaten (rol beleid) */
            onderdrukt: boolean;
            opkomst: components["schemas"]["OpkomstDto"];
            /** @description Deelnemers per gekozen dienstverleningspad (eerste campagnegesprek) */
            paden: {
                [key: string]: number | null;
            };
            /** Format: date */
            startdatum: string;
            /** @enum {string} */
            status: "concept" | "lopend" | "afgesloten";
            /** @description Bij een concept alles 0 */
            trechter: components["schemas"]["TrechterDto"];
            versie: number;
        };
        CampagneEffectDto: {
            /** Format: uuid */
            campagneId: string;
            /** @description Deelnemers in het cohort */
            cohort: number | null;
            /**
             * Format: date
             * @description Startdatum van het bevroren cohort (gestartOp, Nederlandse datum)
             */
            gestartOp: string;
            /** @description Na 6 en na 12 maanden */
            horizonten: components["schemas"]["EffectHorizonDto"][];
            /** @description Waar: aantallen zijn weggelaten (rol beleid) */
            onderdrukt: boolean;
            /**
             * Format: date
             * @description Vandaag (Nederlandse datum): wie telt in een horizon
             */
            peildatum: string;
        };
        CampagneInvoerDto: {
            criteria: components["schemas"]["CampagneCriteriaDto"];
            /** @description Waarom deze campagne */
            doel?: string;
            /**
             * Format: date
             * @description Laatste dag van de looptijd; niet vóór de startdatum
             * @example 2027-03-31
             */
            einddatum: string;
            /**
             * @description Uitnodigingen per deelnemer voordat een no-show naar de teamleider gaat (standaard 2)
             * @example 2
             */
            maxUitnodigingen?: number;
            /**
             * @description Naam van de campagne
             * @example Herscreening 2027
             */
            naam: string;
            /**
             * Format: date
             * @description Eerste dag van de looptijd
             * @example 2026-11-23
             */
            startdatum: string;
        };
        CampagnePagina: {
            items: components["schemas"]["CampagneDto"][];
            page: number;
            pageSize: number;
            /** @description Totaal aantal over alle pagina’s */
            totaal: number;
        };
        CampagneWijzigingDto: {
            /** @description Alleen zolang de campagne concept is */
            criteria?: components["schemas"]["CampagneCriteriaDto"];
            /** @description null wist het doel */
            doel?: string | null;
            /**
             * Format: date
             * @example 2027-03-31
             */
            einddatum?: string;
            /** @description De medewerkers met rol extern die aan deze campagne werken (vervangt de lijst; [] maakt hem leeg) */
            externeMedewerkerIds?: string[];
            /** @example 2 */
            maxUitnodigingen?: number;
            naam?: string;
            /**
             * Format: date
             * @description Alleen zolang de campagne concept is
             * @example 2026-11-23
             */
            startdatum?: string;
            /**
             * @description Versie zoals gelezen
             * @example 1
             */
            versie: number;
        };
        CategorieDto: {
            /** @description Niet actief: kan niet meer gekozen worden; klanten die hem hebben houden hem en zijn norm */
            actief: boolean;
            /** @description De soorten afspraak die de klantmanager voor klanten in deze categorie eerst aangeboden krijgt */
            afspraakSoorten: ("vervolggesprek" | "taal" | "opleiding" | "vrijwilligerswerk" | "re_integratietraject" | "werkervaringsplaats" | "solliciteren" | "gezondheid" | "schuldhulpverlening" | "tegenprestatie" | "doorverwijzing_netwerkpartner" | "overig")[];
            /**
             * @description Vaste code van de categorie (niet "vrijgesteld"); verandert nooit, ook niet bij een nieuwe naam
             * @example job_ready
             */
            code: string;
            /** @description Maximaal aantal dagen tussen twee gesprekken */
            maxDagen: number;
            /**
             * @description De naam die de schermen tonen
             * @example Job ready (0–13 weken)
             */
            naam: string;
            /** @description De laatste dagen daarvan waarin de klant "bijna uit beeld" is */
            waarschuwingDagen: number;
        };
        CategorieenDto: {
            /** @description Alle categorieën van de organisatie, in de volgorde van de schermen. Bij PUT de hele lijst: een bestaande code weglaten kan niet (zet hem op niet actief), minstens één categorie is actief. */
            categorieen: components["schemas"]["CategorieDto"][];
        };
        CategorieNormDto: {
            /**
             * @description Code uit GET /api/instellingen/dienstverleningscategorieen
             * @example job_ready
             */
            dienstverleningscategorie: string;
            /** @description Maximaal aantal dagen tussen twee gesprekken */
            maxDagen: number;
            /** @description De laatste dagen daarvan waarin de klant "bijna uit beeld" is */
            waarschuwingDagen: number;
        };
        ContactmomentCorrectieDto: {
            /**
             * @example gemeente
             * @enum {string}
             */
            initiatief?: "gemeente" | "klant";
            /**
             * @example gesprek_op_locatie
             * @enum {string}
             */
            kanaal?: "gesprek_op_locatie" | "huisbezoek" | "beeldbellen" | "telefoon" | "email" | "brief" | "bericht";
            /** @example Voortgang plan van aanpak */
            onderwerp?: string;
            /**
             * Format: date-time
             * @description Wanneer het contact plaatsvond; niet meer dan een uur in de toekomst
             * @example 2026-11-23T10:30:00+01:00
             */
            plaatsgevondenOp?: string;
            /**
             * @description Waarom het contactmoment wordt gecorrigeerd (minstens 10 tekens); komt met de oude waarden in de audit
             * @example Verkeerde datum ingevuld: het gesprek was een dag eerder
             */
            reden: string;
            /**
             * @description Alleen een gesprek met resultaat gesproken telt als gezien
             * @example gesproken
             * @enum {string}
             */
            resultaat?: "gesproken" | "no_show" | "afgezegd" | "niet_bereikt" | "verstuurd";
            samenvatting?: string;
            /** @description De versie die je hebt gelezen (optimistic locking) */
            versie: number;
        };
        ContactmomentDto: {
            /** Format: date-time */
            aangemaaktOp: string;
            /**
             * Format: date-time
             * @description Wanneer het laatst is gecorrigeerd (tot 30 dagen na vastleggen); de oude waarden staan in de audit
             */
            gecorrigeerdOp: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            initiatief: "gemeente" | "klant";
            /** @enum {string} */
            kanaal: "gesprek_op_locatie" | "huisbezoek" | "beeldbellen" | "telefoon" | "email" | "brief" | "bericht";
            /** Format: uuid */
            klantId: string;
            /** Format: uuid */
            medewerkerId: string;
            medewerkerNaam?: string;
            onderwerp: string;
            /** Format: date-time */
            plaatsgevondenOp: string;
            /** @enum {string} */
            resultaat: "gesproken" | "no_show" | "afgezegd" | "niet_bereikt" | "verstuurd";
            samenvatting: string | null;
            /** @description Telt als gezien: een gesprek dat heeft plaatsgevonden */
            teltAlsGezien: boolean;
            /**
             * Format: uuid
             * @description De uitnodiging (campagne) waar dit contact bij hoort
             */
            uitnodigingId: string | null;
            versie: number;
        };
        ContactmomentInvoerDto: {
            /**
             * @example gemeente
             * @enum {string}
             */
            initiatief: "gemeente" | "klant";
            /**
             * @example gesprek_op_locatie
             * @enum {string}
             */
            kanaal: "gesprek_op_locatie" | "huisbezoek" | "beeldbellen" | "telefoon" | "email" | "brief" | "bericht";
            /** @example Voortgang plan van aanpak */
            onderwerp: string;
            /**
             * Format: date-time
             * @description Wanneer het contact plaatsvond; niet meer dan een uur in de toekomst
             * @example 2026-11-23T10:30:00+01:00
             */
            plaatsgevondenOp: string;
            /**
             * @description Alleen een gesprek met resultaat gesproken telt als gezien
             * @example gesproken
             * @enum {string}
             */
            resultaat: "gesproken" | "no_show" | "afgezegd" | "niet_bereikt" | "verstuurd";
            samenvatting?: string;
            /**
             * Format: uuid
             * @description Uitnodiging (campagne) van deze klant waar dit contact bij hoort: de uitkomst van het gesprek (gesprekskanaal met gesproken, no_show of afgezegd) of nabellen (telefoon)
             */
            uitnodigingId?: string;
        };
        ContactmomentPagina: {
            items: components["schemas"]["ContactmomentDto"][];
            page: number;
            pageSize: number;
            /** @description Totaal aantal over alle pagina’s */
            totaal: number;
        };
        ContactnormenDto: {
            /** @description Binnen zoveel dagen na de startdatum uitkering een intakegesprek */
            intakeDagen: number;
            /** @description Langste duur van een informele vrijstelling in dagen */
            maxDuurInformeleVrijstellingDagen: number;
            /** @description Precies één norm per dienstverleningscategorie van de organisatie (ook de niet-actieve); namen, soorten en nieuwe categorieën via /api/instellingen/dienstverleningscategorieen */
            normen: components["schemas"]["CategorieNormDto"][];
            /** @description Norm voor klanten met een lopende vrijstelling */
            vrijgesteld: components["schemas"]["NormDto"];
        };
        DeelnemerDto: {
            /**
             * Format: uuid
             * @description Het eerste gesprek binnen deze campagne
             */
            gesprekId?: string;
            /** Format: uuid */
            klantId: string;
            klantNaam: string;
            /** Format: uuid */
            medewerkerId: string | null;
            medewerkerNaam: string | null;
            /** @description Aantal uitnodigingen */
            pogingen: number;
            /** @enum {string} */
            status: "te_plannen" | "uitgenodigd" | "verschenen" | "no_show" | "gesprek_gevoerd" | "plan_gemaakt";
            /** @description De laatste uitnodiging */
            uitnodiging?: components["schemas"]["DeelnemerUitnodigingDto"];
        };
        DeelnemerPagina: {
            items: components["schemas"]["DeelnemerDto"][];
            page: number;
            pageSize: number;
            /** @description Totaal aantal over alle pagina’s */
            totaal: number;
        };
        DeelnemerUitnodigingDto: {
            /** Format: date-time */
            datumTijd: string;
            duurMinuten: number;
            /** Format: uuid */
            id: string;
            locatie: string;
            /** Format: uuid */
            medewerkerId: string;
            /** @description Er is (bereikt of niet) nagebeld */
            nabelPoging: boolean;
            /** @description Nagebeld en bereikt */
            nagebeld: boolean;
            /** @enum {string|null} */
            uitkomst: "gesproken" | "no_show" | "afgezegd" | null;
        };
        DoelInvoerDto: {
            /**
             * Format: uuid
             * @description Id van een bestaand doel van dit plan; weglaten voor een nieuw doel
             */
            id?: string;
            /**
             * @description Code van een leefgebied van het actieve instrument
             * @example werk_opleiding
             */
            leefgebied?: string | null;
            /** @example Ik rond de taalcursus A2 af */
            omschrijving: string;
            /**
             * @example lopend
             * @enum {string}
             */
            status: "lopend" | "behaald" | "niet_behaald" | "vervallen";
            /**
             * Format: date
             * @description Een nieuwe of verschoven streefdatum ligt niet voor het laatste gesprek
             * @example 2027-03-01
             */
            streefdatum: string;
        };
        DoorbrekenDto: {
            /**
             * @description Waarom je dit dossier buiten je team opent (minstens 10 tekens)
             * @example Collega is ziek; klant belt over een dringende betaling.
             */
            reden: string;
        };
        DoorbrekingDto: {
            /**
             * Format: date
             * @description Het dossier is open tot en met deze dag
             */
            geldigTot: string;
            /** Format: uuid */
            klantId: string;
        };
        DoorbrekingRedenDto: {
            /** Format: uuid */
            klantId: string;
            klantNaam: string;
            reden: string;
            /** Format: date-time */
            tijdstip: string;
        };
        DoorstroomDto: {
            gelijk: number | null;
            /** @description { vanTrede: { naarTrede: aantal } }; voor beleid alle 36 cellen (ook nullen, die dan onderdrukt zijn), anders alleen de cellen met klanten */
            matrix: {
                [key: string]: {
                    [key: string]: number | null;
                };
            };
            omhoog: number | null;
            omlaag: number | null;
            onderdrukt: boolean;
            /** Format: date */
            tot: string;
            /** Format: date */
            van: string;
        };
        EenmaligeCodeDto: {
            /**
             * @description Eenmalig te tonen: alleen de hash wordt bewaard
             * @example K7QM-4XRT-W9HP-3DNA
             */
            code: string;
            /** Format: date-time */
            verlooptOp: string;
        };
        EffectGroepDto: {
            /** @description Deelnemers in deze groep (null voor beleid als het aantal onderdrukt is) */
            deelnemers: number | null;
            /** @description Trede op de horizondatum tegen de trede bij de start */
            ladder: components["schemas"]["EffectLadderDto"];
            /** @description Beweging per leefgebied */
            leefgebieden: components["schemas"]["EffectLeefgebiedDto"][];
            /** @description Deelnemers met minstens één leefgebied vergeleken (gescoord bij de start en later opnieuw) */
            leefgebiedenGemeten: number | null;
            /** @description Deelnemers die in deze horizon tellen: hun start ligt minstens zoveel maanden voor de peildatum */
            telt: number | null;
            /** @description Uitgestroomd op of voor de horizondatum */
            uitgestroomd: number | null;
            /** @description Uitgestroomd per uitstroomreden (elke reden, ook 0) */
            uitstroom: {
                [key: string]: number | null;
            };
            /** @description Uitgestroomd als deel van wie telt (0–1); null als niemand telt of een van beide onderdrukt is */
            uitstroomAandeel: number | null;
        };
        EffectHorizonDto: {
            /** @description Deelnemers met een campagnegesprek, vanaf dat gesprek */
            cohort: components["schemas"]["EffectGroepDto"];
            /**
             * @description Maanden na het campagnegesprek (referentie: na de start)
             * @enum {number}
             */
            maanden: 6 | 12;
            /** @description Referentiegroep: deelnemers zonder campagnegesprek, vanaf de start van de campagne */
            referentie: components["schemas"]["EffectGroepDto"];
        };
        EffectLadderDto: {
            /** @description Dezelfde trede als bij de start */
            gelijk: number | null;
            /** @description Hogere trede dan bij de start */
            omhoog: number | null;
            /** @description Lagere trede dan bij de start */
            omlaag: number | null;
            /** @description Geen trede bij de start of geen meting tot de horizon */
            onbekend: number | null;
        };
        EffectLeefgebiedDto: {
            /** @description Onwaar: leefgebied alleen uit een eerdere versie van het instrument */
            bekend: boolean;
            code: string;
            gelijk: number | null;
            naam: string;
            /** @description Hoger niveau dan bij de start */
            omhoog: number | null;
            omlaag: number | null;
        };
        GemeenteDto: {
            /** @example GM0193 */
            cbsCode: string;
            /** Format: uuid */
            id: string;
            /** @example Zwolle */
            naam: string;
        };
        GemeenteInvoerDto: {
            /** @example GM0193 */
            cbsCode: string;
            /** @example Zwolle */
            naam: string;
        };
        GemeentePagina: {
            items: components["schemas"]["GemeenteDto"][];
            page: number;
            pageSize: number;
            /** @description Totaal aantal over alle pagina’s */
            totaal: number;
        };
        GemeenteWijzigingDto: {
            /** @example Zwolle */
            naam: string;
        };
        GesprekDto: {
            /** Format: date-time */
            aangemaaktOp: string;
            /** @description Het berekende advies, zoals het bij het gesprek is vastgelegd */
            advies: components["schemas"]["AdviesDto"];
            adviesCategorie: string;
            afwijkingReden: string | null;
            /** Format: uuid */
            campagneId: string | null;
            /** @description De categorie van de klant is bij dit gesprek op adviesCategorie gezet */
            categorieOvergenomen: boolean;
            /**
             * Format: uuid
             * @description Het contactmoment dat dit gesprek ook is
             */
            contactmomentId: string;
            dienstverleningspad: string;
            /** Format: date-time */
            gevoerdOp: string;
            /** Format: uuid */
            id: string;
            /** @description De versie van het instrument waarmee is gescoord */
            instrumentVersie: number;
            /** @enum {string} */
            kanaal: "gesprek_op_locatie" | "huisbezoek" | "beeldbellen";
            /** Format: uuid */
            klantId: string;
            loonwaarde: components["schemas"]["GesprekLoonwaardeDto"] | null;
            /** Format: uuid */
            medewerkerId: string;
            medewerkerNaam: string;
            /** @description In de volgorde van het instrument */
            scores: components["schemas"]["GesprekScoreDto"][];
            toelichting: string | null;
        };
        GesprekInvoerDto: {
            /**
             * @description Gekozen categorie; standaard het advies. Anders dan het advies: afwijkingReden verplicht
             * @example bijna_job_ready
             */
            adviesCategorie?: string;
            /** @description Waarom de keuze afwijkt van het advies */
            afwijkingReden?: string;
            /**
             * Format: uuid
             * @description De campagne (herscreening) waar het gesprek bij hoort
             */
            campagneId?: string;
            /** @description Zet de dienstverleningscategorie van de klant (en dus de contactnorm) op adviesCategorie */
            categorieOvernemen?: boolean;
            /**
             * @description Gekozen actief pad; standaard het advies. Anders dan het advies: afwijkingReden verplicht
             * @example een_leefgebied
             */
            dienstverleningspad?: string;
            /**
             * Format: date-time
             * @description Wanneer het gesprek plaatsvond; niet meer dan een uur in de toekomst
             * @example 2026-11-23T10:30:00+01:00
             */
            gevoerdOp: string;
            /**
             * @description Standaard op locatie
             * @example gesprek_op_locatie
             * @enum {string}
             */
            kanaal?: "gesprek_op_locatie" | "huisbezoek" | "beeldbellen";
            /** @description Inschatting van de loonwaarde */
            loonwaarde?: components["schemas"]["LoonwaardeDto"];
            /** @description Een niveau per leefgebied (elk leefgebied hoogstens één keer) */
            scores: components["schemas"]["ScoreInvoerDto"][];
            /** @description Samenvatting; wordt ook de samenvatting van het contactmoment */
            toelichting?: string;
        };
        GesprekLoonwaardeDto: {
            /** @example inschatting klantmanager */
            methode: string;
            /** @example 40 */
            percentage: number;
        };
        GesprekPagina: {
            items: components["schemas"]["GesprekDto"][];
            page: number;
            pageSize: number;
            /** @description Totaal aantal over alle pagina’s */
            totaal: number;
        };
        GesprekScoreDto: {
            /** @example financien */
            domein: string;
            /**
             * @description Naam uit de instrumentversie van dit gesprek
             * @example Financiën
             */
            domeinNaam: string;
            /** @example 3 */
            niveau: number;
            /**
             * @description Naam uit de instrumentversie van dit gesprek
             * @example Beperkt zelfredzaam
             */
            niveauNaam: string;
            toelichting: string | null;
        };
        HealthDto: {
            /** @enum {string} */
            database: "ok";
            /**
             * @description Alleen met DATABASE_REPLICA_URLS: ok = rapportages lezen van een replica; achter = elke bereikbare replica loopt te ver achter, onbereikbaar = geen replica bereikbaar; in beide gevallen lezen ze van de primaire database.
             * @enum {string}
             */
            replica?: "ok" | "achter" | "onbereikbaar";
            /** @enum {string} */
            status: "ok";
        };
        HealthStoringDto: {
            /** @enum {string} */
            database: "down";
        };
        HerverdelenAntwoordDto: {
            /** @description Aantal klanten dat van klantmanager is gewisseld */
            verplaatst: number;
        };
        HerverdelenDto: {
            /** @description De klanten die naar de klantmanager gaan (alles of niets) */
            klantIds: string[];
            /**
             * Format: uuid
             * @description Een actieve klantmanager van de eigen organisatie
             */
            naarKlantmanagerId: string;
        };
        ImportAangemaaktDto: {
            /** Format: uuid */
            id: string;
        };
        ImportDto: {
            /** Format: date-time */
            aangemaaktOp: string;
            /** @example klanten.csv */
            bestandsnaam?: string | null;
            /** @example suite4sd */
            bron: string;
            /** @description De eerste 200 fouten; alle in fouten.csv */
            fouten: components["schemas"]["ImportFoutDto"][];
            /** Format: date-time */
            gewijzigdOp: string;
            /** Format: uuid */
            id: string;
            /** @description De kolommen van het bestand, in volgorde, met het veld waaraan elk gekoppeld is (leeg tot de kopregel gelezen is) */
            koppeling: components["schemas"]["ImportKolomDto"][];
            /** @description De koppeling kan worden gewijzigd (PUT koppeling): de proefrun is klaar of afgekeurd en het bestand is er nog */
            koppelingWijzigbaar: boolean;
            /** @description Wie het bestand uploadde */
            medewerker: components["schemas"]["ImportMedewerkerDto"];
            rijen: components["schemas"]["ImportRijenDto"];
            /** @enum {string} */
            soort: "klanten" | "contactmomenten" | "ladder" | "afspraken" | "vrijstellingen" | "overdracht";
            /**
             * @description controleren (proefrun bezig) → klaar (geen fouten, uit te voeren) of afgekeurd (fouten); uitvoeren → uitgevoerd, of mislukt (niets vastgelegd)
             * @enum {string}
             */
            status: "controleren" | "klaar" | "afgekeurd" | "uitvoeren" | "uitgevoerd" | "mislukt";
            /** @description De velden van de soort, om aan een kolom te koppelen */
            velden: components["schemas"]["ImportVeldDto"][];
            /**
             * @description Voortgang van de huidige stap
             * @example 1
             */
            voortgang: number;
            /** @description Opmerkingen die de import niet tegenhouden (zoals een kolom die niet wordt gebruikt) */
            waarschuwingen: string[];
        };
        ImportFoutDto: {
            /**
             * @description Wat er mis is, in het Nederlands; noemt nooit de inhoud van een cel
             * @example voldoet niet aan de elfproef
             */
            melding: string;
            /**
             * @description Rijnummer zoals in het rekenblad (kopregel is rij 1); bij soort overdracht het nummer van het document
             * @example 14
             */
            rij: number;
            /**
             * @description De kolom (of "bestand" voor het bestand als geheel); bij soort overdracht het JSON-pad
             * @example BSN
             */
            veld: string;
        };
        ImportKolomDto: {
            /**
             * @description De kolomnaam zoals in de kopregel
             * @example Burgerservicenummer
             */
            kolom: string;
            /**
             * @description Het veld van de soort (zie velden); null: de kolom wordt niet gebruikt
             * @example bsn
             */
            veld?: string | null;
        };
        ImportKoppelingInvoerDto: {
            /** @description De hele koppeling: per kolom van het bestand het veld. Een kolom die hier niet staat wordt niet gebruikt. Een kolomnaam die twee keer in het bestand staat, staat hier ook twee keer, in dezelfde volgorde. */
            koppeling: components["schemas"]["ImportKolomDto"][];
        };
        ImportMedewerkerDto: {
            /** Format: uuid */
            id: string;
            /** @example Tamara Teamleider */
            naam: string;
        };
        ImportPagina: {
            items: components["schemas"]["ImportDto"][];
            page: number;
            pageSize: number;
            /** @description Totaal aantal over alle pagina’s */
            totaal: number;
        };
        ImportRijenDto: {
            /**
             * @description Rijen met minstens één fout
             * @example 0
             */
            fout: number;
            /**
             * @description Rijen die een bestaand record wijzigen
             * @example 15
             */
            gewijzigd: number;
            /**
             * @description Rijen die een nieuw record worden
             * @example 100
             */
            nieuw: number;
            /**
             * @description Rijen die al precies zo zijn vastgelegd
             * @example 5
             */
            ongewijzigd: number;
            /**
             * @description Gegevensrijen in het bestand (zonder de kopregel)
             * @example 120
             */
            totaal: number;
        };
        ImportUploadDto: {
            /**
             * Format: binary
             * @description CSV (puntkomma of komma, UTF-8 met of zonder BOM) of Excel (.xlsx); eerste rij de kolomnamen. Bij soort overdracht JSON: één overdrachtsdocument, een lijst ervan of JSON Lines (docs/overdracht.md)
             */
            bestand: string;
            /**
             * @description Het systeem waar het bestand vandaan komt. Met de regel-id (of de inhoud van de rij) herkent een volgende import dezelfde regels: hetzelfde bestand twee keer importeren verandert de tweede keer niets.
             * @example suite4sd
             */
            bron: string;
            /**
             * @description Wat het bestand bevat
             * @example klanten
             * @enum {string}
             */
            soort: "klanten" | "contactmomenten" | "ladder" | "afspraken" | "vrijstellingen" | "overdracht";
        };
        ImportVeldDto: {
            /**
             * @description De naam die de schermen tonen (de eerste herkende kolomnaam)
             * @example Startdatum uitkering
             */
            naam: string;
            /** @example startdatumUitkering */
            veld: string;
            /** @description Zonder een kolom voor dit veld wordt de import afgekeurd */
            verplicht: boolean;
        };
        InBeeldDto: {
            bijna_uit_beeld: number | null;
            in_beeld: number | null;
            uit_beeld: number | null;
        };
        IngelogdDto: {
            /** @description JWT; stuur mee als Authorization: Bearer <accessToken>. Hoort bij een sessie op de server. */
            accessToken: string;
            medewerker: components["schemas"]["MedewerkerDto"];
        };
        InlogMethodenDto: {
            /**
             * @description Naam van de organisatie, voor de knop
             * @example Sociale Dienst Demo
             */
            naam: string;
            /** @description Inloggen met het account van de organisatie (OpenID Connect) kan */
            oidc: boolean;
            /** @description Inloggen met gebruikersnaam en wachtwoord van Klant in Beeld kan */
            wachtwoord: boolean;
        };
        InstrumentDto: {
            /** Format: date-time */
            aangemaaktOp: string;
            adviesregels: components["schemas"]["AdviesregelsDto"];
            /** @example Zelfredzaamheid-Matrix 2017, GGD Amsterdam (zrm.nl) */
            bron: string | null;
            domeinen: components["schemas"]["LeefgebiedDto"][];
            /** @example Zelfredzaamheid-Matrix (ZRM) */
            naam: string;
            niveaus: components["schemas"]["NiveauDto"][];
            /**
             * @description Versie van het instrument; de hoogste is actief
             * @example 1
             */
            versie: number;
        };
        InstrumentInvoerDto: {
            adviesregels: components["schemas"]["AdviesregelsDto"];
            /** @example Zelfredzaamheid-Matrix 2017, GGD Amsterdam (zrm.nl) */
            bron?: string;
            /** @description De leefgebieden in de volgorde van het scherm */
            domeinen: components["schemas"]["LeefgebiedDto"][];
            /** @example Zelfredzaamheid-Matrix (ZRM) */
            naam: string;
            /** @description De niveaus, laag naar hoog */
            niveaus: components["schemas"]["NiveauDto"][];
        };
        KerncijfersDto: {
            /** @description Klanten met een uitkering op de peildatum */
            caseload: number | null;
            /** @description Aantal klantmanagers per caseloadgrootte */
            caseloadPerKlantmanager: {
                "<50"?: number | null;
                ">150"?: number | null;
                "50-74"?: number | null;
                "75-99"?: number | null;
                "100-150"?: number | null;
            };
            /** @description Klanten naar aantal gesprekken in 12 maanden */
            gesprekkenVerdeling12Maanden: {
                ">3"?: number | null;
                0?: number | null;
                1?: number | null;
                2?: number | null;
                3?: number | null;
            };
            /** @description Aandeel (0–1) minstens één keer gesproken in de 12 maanden tot de peildatum */
            gesprokenLaatste12Maanden: number | null;
            inBeeld: components["schemas"]["InBeeldDto"];
            /** @description Klanten per huidige trede */
            ladder: {
                1?: number | null;
                2?: number | null;
                3?: number | null;
                4?: number | null;
                5?: number | null;
                6?: number | null;
            };
            /** @description Klanten zonder ladder-meting */
            ladderOnbekend: number | null;
            /** @description Aandeel (0–1) met een lopende afspraak op de peildatum */
            metLopendeAfspraak: number | null;
            /** @description Percentage (0–100) no-shows van de geplande gesprekken in 12 maanden */
            noShowPercentage: number | null;
            /** @description Waar: aantallen zijn weggelaten (rol beleid): alle onder de 5 en zo veel andere dat die niet terug te rekenen zijn */
            onderdrukt?: boolean;
            /** Format: date */
            peildatum: string;
            /** @description De periode van de 12-maandscijfers */
            periode: components["schemas"]["PeriodeDto"];
            /** @description Uitstroom per reden in de 12 maanden tot de peildatum */
            uitstroom: {
                [key: string]: number | null;
            };
            vrijstellingen: components["schemas"]["VrijstellingenDto"];
            /** @description Geldende vrijstellingen per reden: { reden: { formeel, informeel } } */
            vrijstellingenPerReden: {
                [key: string]: unknown;
            };
        };
        KlantDto: {
            achternaam: string;
            adres?: components["schemas"]["AdresDto"] | null;
            /**
             * @description Het volledige BSN alleen via POST /api/klanten/{id}/bsn-inzage (gelogd)
             * @example *****2333
             */
            bsnGemaskeerd: string;
            /**
             * @description Code van een dienstverleningscategorie van de organisatie
             * @example job_ready
             */
            dienstverleningscategorie: string;
            /** @enum {string} */
            doelgroep: "brede_doelgroep" | "doelgroepregister" | "beschut_werk" | "statushouder" | "jongere_tot_27" | "niet_uitkeringsgerechtigd";
            email?: string | null;
            /** Format: date */
            geboortedatum: string;
            /** Format: uuid */
            gemeenteId: string;
            gemeenteNaam: string;
            huidigeTrede: number | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            inBeeldStatus: "in_beeld" | "bijna_uit_beeld" | "uit_beeld";
            /** Format: uuid */
            klantmanagerId: string | null;
            klantmanagerNaam?: string | null;
            /** Format: date-time */
            laatstGezienOp: string | null;
            /** @description De contactnorm die nu geldt */
            norm: components["schemas"]["NormDto"];
            /** Format: date */
            startdatumUitkering: string;
            /** @enum {string} */
            status: "actief" | "uitgestroomd";
            /**
             * Format: uuid
             * @description Het team van de klant: dat van de klantmanager (null zonder klantmanager)
             */
            teamId: string | null;
            telefoon?: string | null;
            /** Format: date */
            uitstroomdatum?: string | null;
            /** @enum {string|null} */
            uitstroomreden?: "werk" | "werk_met_loonkostensubsidie" | "eigen_onderneming" | "opleiding" | "andere_uitkering" | "inkomen_partner" | "verhuizing" | "detentie" | "overlijden" | "overig" | null;
            versie: number;
            voornamen: string;
            /** @description Heeft nu een lopende vrijstelling */
            vrijgesteld: boolean;
        };
        KlantInvoerDto: {
            /** @example de Vries */
            achternaam: string;
            adres?: components["schemas"]["AdresDto"] | null;
            /**
             * @description Burgerservicenummer: 9 cijfers, voldoet aan de elfproef
             * @example 111222333
             */
            bsn: string;
            /**
             * @description Code van een actieve categorie uit GET /api/instellingen/dienstverleningscategorieen
             * @example job_ready
             */
            dienstverleningscategorie: string;
            /** @enum {string} */
            doelgroep: "brede_doelgroep" | "doelgroepregister" | "beschut_werk" | "statushouder" | "jongere_tot_27" | "niet_uitkeringsgerechtigd";
            /** Format: email */
            email?: string | null;
            /**
             * Format: date
             * @example 1980-05-17
             */
            geboortedatum: string;
            /** Format: uuid */
            gemeenteId: string;
            /**
             * Format: uuid
             * @description Leeg: de klant komt bij de teamleider als "zonder klantmanager"
             */
            klantmanagerId?: string | null;
            /**
             * Format: date
             * @example 2026-11-02
             */
            startdatumUitkering: string;
            /** @example 06-12345678 */
            telefoon?: string | null;
            /** @example Johanna Maria */
            voornamen: string;
        };
        KlantOpBsnAntwoordDto: {
            /** Format: uuid */
            klantId: string;
            naam: string;
        };
        KlantOpBsnDto: {
            /** @example 999912345 */
            bsn: string;
        };
        KlantSamenvattingDto: {
            /** @example *****2333 */
            bsnGemaskeerd: string;
            /** @description Hoort bij een ander team (alleen bij zoeken op een volledig BSN): openen kan na doorbreken */
            buitenTeam: boolean;
            /**
             * @description Code van een dienstverleningscategorie van de organisatie
             * @example job_ready
             */
            dienstverleningscategorie: string;
            /** Format: uuid */
            gemeenteId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            inBeeldStatus: "in_beeld" | "bijna_uit_beeld" | "uit_beeld";
            /** Format: uuid */
            klantmanagerId: string | null;
            /** Format: date-time */
            laatstGezienOp: string | null;
            /** @example Johanna de Vries */
            naam: string;
            /** @enum {string} */
            status: "actief" | "uitgestroomd";
        };
        KlantSamenvattingPagina: {
            items: components["schemas"]["KlantSamenvattingDto"][];
            page: number;
            pageSize: number;
            /** @description Totaal aantal over alle pagina’s */
            totaal: number;
        };
        KlantWijzigingDto: {
            /** @example de Vries */
            achternaam?: string;
            adres?: components["schemas"]["AdresDto"] | null;
            /**
             * @description Burgerservicenummer: 9 cijfers, voldoet aan de elfproef
             * @example 111222333
             */
            bsn?: string;
            /**
             * @description Code van een actieve categorie uit GET /api/instellingen/dienstverleningscategorieen
             * @example job_ready
             */
            dienstverleningscategorie?: string;
            /** @enum {string} */
            doelgroep?: "brede_doelgroep" | "doelgroepregister" | "beschut_werk" | "statushouder" | "jongere_tot_27" | "niet_uitkeringsgerechtigd";
            /** Format: email */
            email?: string | null;
            /**
             * Format: date
             * @example 1980-05-17
             */
            geboortedatum?: string;
            /** Format: uuid */
            gemeenteId?: string;
            /**
             * Format: date
             * @example 2026-11-02
             */
            startdatumUitkering?: string;
            /** @enum {string} */
            status?: "actief" | "uitgestroomd";
            /** @example 06-12345678 */
            telefoon?: string | null;
            /**
             * Format: date
             * @description Verplicht bij status uitgestroomd
             * @example 2026-11-23
             */
            uitstroomdatum?: string | null;
            /**
             * @description Verplicht bij status uitgestroomd
             * @enum {string|null}
             */
            uitstroomreden?: "werk" | "werk_met_loonkostensubsidie" | "eigen_onderneming" | "opleiding" | "andere_uitkering" | "inkomen_partner" | "verhuizing" | "detentie" | "overlijden" | "overig" | null;
            /** @description De versie die je hebt gelezen (optimistic locking) */
            versie: number;
            /** @example Johanna Maria */
            voornamen?: string;
        };
        LadderMetingDto: {
            /** Format: date-time */
            aangemaaktOp: string;
            doeltrede: number | null;
            /** Format: date */
            gemetenOp: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            klantId: string;
            /** Format: uuid */
            medewerkerId: string;
            medewerkerNaam: string;
            toelichting: string | null;
            trede: number;
        };
        LadderMetingInvoerDto: {
            /** @description De trede waar de klant naartoe werkt */
            doeltrede?: number;
            /**
             * Format: date
             * @description Datum van de meting; niet in de toekomst
             * @example 2026-11-23
             */
            gemetenOp: string;
            toelichting?: string;
            /** @description Trede op de participatieladder (1 geïsoleerd … 6 betaald werk) */
            trede: number;
        };
        LadderMetingPagina: {
            items: components["schemas"]["LadderMetingDto"][];
            page: number;
            pageSize: number;
            /** @description Totaal aantal over alle pagina’s */
            totaal: number;
        };
        LeefgebiedBewegingDto: {
            /** @description Onwaar: komt alleen in een eerdere versie van het instrument voor; de naam is dan de code (of de waarde) */
            bekend: boolean;
            code: string;
            gelijk: number | null;
            naam: string;
            /** @description Klanten met een hoger niveau op tot */
            omhoog: number | null;
            omlaag: number | null;
        };
        LeefgebiedDto: {
            /**
             * @description Vaste code
             * @example financien
             */
            code: string;
            /** @example Financiën */
            naam: string;
        };
        LeefgebiedenBewegingDto: {
            /** @description Per leefgebied: niveau op van → niveau op tot, voor klanten met een later gesprek ertussen */
            domeinen: components["schemas"]["LeefgebiedBewegingDto"][];
            /** @description Waar: aantallen zijn weggelaten (rol beleid) */
            onderdrukt: boolean;
            /** Format: date */
            tot: string;
            /** Format: date */
            van: string;
        };
        LeefgebiedenDto: {
            /** @description Klanten met een uitkering op de peildatum */
            caseload: number | null;
            /** @description Niveaus per leefgebied uit het laatste gesprek van elke klant op of voor de peildatum */
            domeinen: components["schemas"]["RapportLeefgebiedDto"][];
            /** @description Aandeel (0–1) met een plan waarvan de evaluatiedatum voor de peildatum ligt */
            evaluatieVerlopen: number | null;
            /** @description Klanten met een klant-in-beeld-gesprek tot de peildatum */
            metGesprek: number | null;
            /** @description Aandeel (0–1) met een plan van aanpak op de peildatum */
            metPlan: number | null;
            /** @description Niveaus van het actieve instrument, oplopend */
            niveaus: components["schemas"]["RapportNiveauDto"][];
            /** @description Waar: aantallen zijn weggelaten (rol beleid) */
            onderdrukt: boolean;
            /** @description Klanten per dienstverleningspad (laatste gesprek) */
            paden: components["schemas"]["RapportPadDto"][];
            /** Format: date */
            peildatum: string;
        };
        LoginDto: {
            /** @example km1 */
            gebruikersnaam: string;
            /** @example demo */
            wachtwoord: string;
        };
        LogoDto: {
            /**
             * @description De afbeelding in base64 (hoogstens 500 kB)
             * @example iVBORw0KGgo=
             */
            data: string;
            /**
             * @description Soort afbeelding
             * @enum {string}
             */
            type: "image/png" | "image/jpeg";
        };
        LoonwaardeDto: {
            /**
             * @description Bijv. Dariuz
             * @example inschatting klantmanager
             */
            methode: string;
            /**
             * @description Geschatte loonwaarde in procenten (0–100)
             * @example 40
             */
            percentage: number;
        };
        MedewerkerDto: {
            gebruikersnaam: string;
            /** Format: uuid */
            id: string;
            naam: string;
            /**
             * @description Code van de organisatie: hoe haar medewerkers inloggen (GET /api/auth/methoden), ook na een verlopen sessie
             * @example sociale-dienst-demo
             */
            organisatieCode?: string;
            /** Format: uuid */
            organisatieId: string;
            /** @description Naam van de organisatie, voor weergave */
            organisatieNaam?: string;
            /** @enum {string} */
            rol: "klantmanager" | "teamleider" | "beleid" | "beheerder" | "privacy" | "extern";
            /** Format: uuid */
            teamId: string | null;
            /** @description Naam van het team, voor weergave */
            teamNaam?: string | null;
            /** @description Tweestapsverificatie (TOTP) staat aan */
            totpActief: boolean;
            /** @description De rol vraagt tweestapsverificatie (beheerder, privacy) */
            totpVerplicht: boolean;
        };
        MedewerkerInvoerDto: {
            /**
             * Format: email
             * @example jdevries@sociale-dienst-demo.nl
             */
            email: string;
            /** @example jdevries */
            gebruikersnaam: string;
            /** @description Standaard true: een lokaal account met een eenmalige code; false: alleen inloggen via SSO */
            lokaal?: boolean;
            /** @example Jan de Vries */
            naam: string;
            /** @enum {string} */
            rol: "klantmanager" | "teamleider" | "beleid" | "beheerder" | "privacy" | "extern";
            /**
             * Format: uuid
             * @description Verplicht voor klantmanager en teamleider; de andere rollen hebben geen team
             */
            teamId?: string | null;
        };
        MedewerkerPagina: {
            items: components["schemas"]["MedewerkerSamenvattingDto"][];
            page: number;
            pageSize: number;
            /** @description Totaal aantal over alle pagina’s */
            totaal: number;
        };
        MedewerkerSamenvattingDto: {
            /** @description Actieve klanten van deze medewerker */
            aantalKlanten: number;
            actief: boolean;
            /**
             * Format: date-time
             * @description Tot wanneer een uitgegeven eenmalige code geldig is (null: geen code open)
             */
            codeVerlooptOp: string | null;
            /** @example km1@sociale-dienst-demo.nl */
            email: string | null;
            /** @example km1 */
            gebruikersnaam: string;
            /** Format: uuid */
            id: string;
            /** @description Lokaal account (wachtwoord of eenmalige code); anders alleen inloggen via SSO */
            lokaal: boolean;
            naam: string;
            /** @enum {string} */
            rol: "klantmanager" | "teamleider" | "beleid" | "beheerder" | "privacy" | "extern";
            /** Format: uuid */
            teamId: string | null;
            /** @description Naam van het team, voor weergave */
            teamNaam: string | null;
            /** @description Voor PATCH (optimistic locking) */
            versie: number;
        };
        MedewerkerWijzigingDto: {
            /** @description false deactiveert (beëindigt de sessies), true heractiveert */
            actief?: boolean;
            /** Format: email */
            email?: string;
            naam?: string;
            /**
             * Format: uuid
             * @description Alle actieve klanten gaan naar deze actieve klantmanager
             */
            naarKlantmanagerId?: string;
            /** @enum {string} */
            rol?: "klantmanager" | "teamleider" | "beleid" | "beheerder" | "privacy" | "extern";
            /** Format: uuid */
            teamId?: string | null;
            /** @description Verdeel de actieve klanten over de andere actieve klantmanagers van het team (kleinste caseload eerst) */
            verdelenOverTeam?: boolean;
            /** @description De versie die je hebt gelezen (optimistic locking) */
            versie: number;
        };
        NabelInvoerDto: {
            notitie?: string;
            /**
             * @example bereikt
             * @enum {string}
             */
            resultaat: "bereikt" | "niet_bereikt";
        };
        NieuweMedewerkerDto: {
            /** @description Alleen voor een lokaal account */
            eenmaligeCode?: components["schemas"]["EenmaligeCodeDto"];
            medewerker: components["schemas"]["MedewerkerSamenvattingDto"];
        };
        NieuwWachtwoordLoginDto: {
            /** @description Minstens 12 tekens, geen veelgebruikt wachtwoord, niet de gebruikersnaam */
            nieuwWachtwoord: string;
            /** @description Het tussenToken uit het antwoord op POST /api/auth/login (15 minuten geldig) */
            tussenToken: string;
        };
        NieuwWachtwoordStapDto: {
            /** @description Voor POST /api/v1/auth/login/nieuw-wachtwoord; 15 minuten geldig */
            tussenToken: string;
            /**
             * @description Ingelogd met een eenmalige code: kies eerst een eigen wachtwoord
             * @enum {string}
             */
            tweedeStap: "nieuw_wachtwoord";
        };
        NiveauDto: {
            /** @example Acute problematiek */
            naam: string;
            /**
             * @description Hoger is zelfredzamer
             * @example 1
             */
            waarde: number;
        };
        NormDto: {
            maxDagen: number;
            waarschuwingDagen: number;
        };
        OidcInstellingDto: {
            /** @description Er is een client secret opgeslagen (het secret zelf komt nooit terug) */
            clientGeheimIngesteld: boolean;
            clientId: string | null;
            /** @description Inlogadres om aan medewerkers te geven */
            inlogUrl: string;
            /** @description De issuer; null: niet ingesteld */
            issuer: string | null;
            /**
             * @description De code van de organisatie in het inlogadres
             * @example sociale-dienst-demo
             */
            organisatieCode: string;
            /** @description Redirect URI om bij de provider te registreren */
            redirectUri: string;
            uitloggenBijProvider: boolean;
            /** @description Adres na uitloggen bij de provider (post_logout_redirect_uri) om te registreren */
            uitlogRedirectUri: string;
            wachtwoordToegestaan: boolean;
        };
        OidcInstellingInvoerDto: {
            /** @description Het client secret. Alleen schrijven: weglaten houdt het huidige; wordt versleuteld bewaard en nooit teruggegeven */
            clientGeheim?: string;
            /**
             * @description De client id die de provider aan Klant in Beeld gaf
             * @example klant-in-beeld
             */
            clientId?: string;
            /**
             * @description De issuer van de OpenID-provider; leeg of weggelaten: geen inloggen met het eigen account
             * @example https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0
             */
            issuer?: string;
            /** @description Bij uitloggen ook uitloggen bij de provider (als die dat aanbiedt) */
            uitloggenBijProvider: boolean;
            /** @description Medewerkers mogen ook met gebruikersnaam en wachtwoord van Klant in Beeld inloggen */
            wachtwoordToegestaan: boolean;
        };
        OntvangerDto: {
            /** @description Klanten die deze klantmanager krijgt */
            aantal: number;
            /** @description Caseload na de overdracht */
            caseloadNa: number;
            /** Format: uuid */
            medewerkerId: string;
            naam: string;
        };
        OpkomstDeelDto: {
            /** @description Verschenen in procenten (0–100); null zonder uitnodigingen */
            percentage: number | null;
            /** @description Uitnodigingen met een uitkomst */
            uitnodigingen: number | null;
            verschenen: number | null;
        };
        OpkomstDto: {
            /** @description Uitnodigingen waarvoor de klant is nagebeld en bereikt */
            metNabellen: components["schemas"]["OpkomstDeelDto"];
            zonderNabellen: components["schemas"]["OpkomstDeelDto"];
        };
        OverdrachtVoorbeeldDto: {
            /** @description Actieve klanten van de medewerker */
            aantalKlanten: number;
            /** @description Wie hoeveel krijgt (leeg zonder keuze) */
            ontvangers: components["schemas"]["OntvangerDto"][];
        };
        PadDto: {
            /** @description Niet actief: kan in een nieuw gesprek niet meer gekozen worden */
            actief: boolean;
            /**
             * @description Vaste code van het pad; verandert nooit, ook niet bij een nieuwe naam
             * @example intensief_naar_werk
             */
            code: string;
            /** @example Intensief naar werk */
            naam: string;
        };
        PadenDto: {
            /** @description Alle dienstverleningspaden van de organisatie, in de volgorde van de schermen. Bij PUT de hele lijst: een bestaande code weglaten kan niet (zet hem op niet actief). */
            paden: components["schemas"]["PadDto"][];
        };
        PeriodeDto: {
            /**
             * Format: date
             * @description Inclusief (de peildatum)
             */
            tot: string;
            /**
             * Format: date
             * @description Exclusief
             */
            van: string;
        };
        PlanAfspraakDto: {
            /** Format: date */
            einddatum: string;
            /** Format: uuid */
            id: string;
            omschrijving: string;
            /** @enum {string} */
            soort: "vervolggesprek" | "taal" | "opleiding" | "vrijwilligerswerk" | "re_integratietraject" | "werkervaringsplaats" | "solliciteren" | "gezondheid" | "schuldhulpverlening" | "tegenprestatie" | "doorverwijzing_netwerkpartner" | "overig";
            /** @enum {string} */
            status: "lopend" | "nagekomen" | "niet_nagekomen" | "vervallen";
        };
        PlanDoelDto: {
            /** @description De afspraken die bij dit doel horen */
            afspraken: components["schemas"]["PlanAfspraakDto"][];
            /** Format: uuid */
            id: string;
            leefgebied: string | null;
            /** @description Naam uit het actieve instrument */
            leefgebiedNaam: string | null;
            omschrijving: string;
            /** @enum {string} */
            status: "lopend" | "behaald" | "niet_behaald" | "vervallen";
            /** Format: date */
            streefdatum: string;
        };
        PlanDto: {
            /** Format: date-time */
            aangemaaktOp: string | null;
            doelen: components["schemas"]["PlanDoelDto"][];
            /** Format: date */
            evaluatiedatum: string | null;
            /** Format: date-time */
            gewijzigdOp: string | null;
            /**
             * Format: uuid
             * @description null: nog geen plan
             */
            id: string | null;
            /** Format: uuid */
            klantId: string;
            /** @description Wie het plan het laatst opstelde of wijzigde */
            medewerkerNaam: string | null;
            /** @description 0: nog geen plan (een PUT met versie 0 maakt het) */
            versie: number;
        };
        PlanInvoerDto: {
            /** @description Alle doelen van het plan, in volgorde; een weggelaten doel wordt verwijderd (de afspraken blijven) */
            doelen: components["schemas"]["DoelInvoerDto"][];
            /**
             * Format: date
             * @description Wanneer het plan samen wordt bekeken; niet voor het laatste gesprek
             * @example 2027-02-01
             */
            evaluatiedatum: string;
            /**
             * @description De versie die je hebt gelezen (0: er is nog geen plan)
             * @example 0
             */
            versie: number;
        };
        /** @description Problem details (RFC 9457). `statusCode` en `message` zijn aliassen van `status` en `detail` (v1). */
        Probleem: {
            /**
             * @description Vaste foutcode voor programma’s
             * @example VALIDATIE
             */
            code: string;
            /**
             * @description Wat er mis is, in het Nederlands
             * @example De invoer is niet juist.
             */
            detail: string;
            /** @description Elk onjuist veld */
            fouten?: components["schemas"]["VeldFout"][];
            /**
             * @description Het pad van het verzoek
             * @example /api/v1/klanten
             */
            instance?: string;
            /**
             * @description Alias van detail (v1)
             * @example De invoer is niet juist.
             */
            message: string;
            /** @example 400 */
            status: number;
            /**
             * @description Alias van status (v1)
             * @example 400
             */
            statusCode: number;
            /**
             * @description Korte omschrijving van het soort fout
             * @example Bad Request
             */
            title: string;
            /**
             * @description URI die het soort fout aanduidt
             * @example about:blank
             */
            type: string;
        };
        RapportDto: {
            /** @example 2026-11 */
            maand: string;
            medewerkers: components["schemas"]["RapportMedewerkerDto"][];
        };
        RapportLeefgebiedDto: {
            /** @description { niveauwaarde: klanten } voor elk niveau van niveaus */
            aantallen: {
                [key: string]: number | null;
            };
            /** @description Onwaar: komt alleen in een eerdere versie van het instrument voor; de naam is dan de code (of de waarde) */
            bekend: boolean;
            code: string;
            naam: string;
            /** @description Klanten met een score op dit leefgebied */
            totaal: number | null;
        };
        RapportMedewerkerDto: {
            bsnInzagen: number;
            /** @description Inzagen van klanten van een ander team */
            buitenEigenTeam: number;
            doorbrekingen: number;
            doorbrekingRedenen: components["schemas"]["DoorbrekingRedenDto"][];
            exports: number;
            /** @description Geweigerde pogingen */
            geweigerd: number;
            /** @description Inzagen van klantgegevens (één per klant per verzoek) */
            inzagen: number;
            /** @description Verschillende klanten */
            klanten: number;
            /** Format: uuid */
            medewerkerId: string;
            naam: string;
            /** @enum {string} */
            rol: "klantmanager" | "teamleider" | "beleid" | "beheerder" | "privacy" | "extern";
        };
        RapportNiveauDto: {
            /** @description Onwaar: komt alleen in een eerdere versie van het instrument voor; de naam is dan de code (of de waarde) */
            bekend: boolean;
            naam: string;
            waarde: number;
        };
        RapportPadDto: {
            aantal: number | null;
            code: string;
            naam: string;
        };
        SamenvoegveldDto: {
            /** @example klant.naam */
            naam: string;
            /** @example Volledige naam van de klant */
            omschrijving: string;
            /** @example Fatima Yilmaz */
            voorbeeld: string;
        };
        ScoreInvoerDto: {
            /**
             * @description Code van een leefgebied van het actieve instrument
             * @example financien
             */
            domein: string;
            /**
             * @description Een niveau van het actieve instrument
             * @example 3
             */
            niveau: number;
            /** @example Schulden in beeld bij de schuldhulpverlening */
            toelichting?: string;
        };
        TeamDto: {
            /** @description Actieve medewerkers in dit team */
            aantalLeden: number;
            /** @description Gearchiveerd: houdt zijn geschiedenis, maar krijgt geen leden of klanten meer */
            gearchiveerd: boolean;
            /** Format: uuid */
            id: string;
            /** @example Team Noord */
            naam: string;
        };
        TeamInvoerDto: {
            /** @example Team Zuid */
            naam: string;
        };
        TeamKlantmanagerDto: {
            bijnaUitBeeld: number;
            /** @description Actieve klanten */
            caseload: number;
            /** @description Gesprekken (die tellen als gezien) door deze klantmanager deze week, maandag tot en met vandaag */
            gesprekkenDezeWeek: number;
            inBeeld: number;
            /** Format: uuid */
            medewerkerId: string;
            naam: string;
            uitBeeld: number;
            /** @description Werkvoorraad-items over hun vervaldatum */
            verlopenItems: number;
        };
        TeamOverzichtDto: {
            klantmanagers: components["schemas"]["TeamKlantmanagerDto"][];
            /** Format: date */
            peildatum: string;
            /** Format: uuid */
            teamId: string;
            teamNaam: string;
            /** @description Werkvoorraad-items die nu zijn uitgesteld */
            uitgesteld: number;
            /** @description Actieve klanten van de organisatie zonder klantmanager */
            zonderKlantmanager: number;
        };
        TeamPagina: {
            items: components["schemas"]["TeamDto"][];
            page: number;
            pageSize: number;
            /** @description Totaal aantal over alle pagina’s */
            totaal: number;
        };
        TeamWijzigingDto: {
            /** @description true archiveert (alleen zonder actieve leden), false haalt terug */
            gearchiveerd?: boolean;
            /** @example Team Zuid */
            naam?: string;
        };
        TijdlijnAfspraakDto: {
            /** @enum {string} */
            afspraakSoort: "vervolggesprek" | "taal" | "opleiding" | "vrijwilligerswerk" | "re_integratietraject" | "werkervaringsplaats" | "solliciteren" | "gezondheid" | "schuldhulpverlening" | "tegenprestatie" | "doorverwijzing_netwerkpartner" | "overig";
            /**
             * Format: date
             * @description Startdatum
             */
            datum: string;
            /** Format: date */
            einddatum: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            medewerkerId: string;
            medewerkerNaam: string;
            omschrijving: string;
            resultaatToelichting: string | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "afspraak";
            /** Format: date */
            startdatum: string;
            /** @enum {string} */
            status: "lopend" | "nagekomen" | "niet_nagekomen" | "vervallen";
        };
        TijdlijnContactmomentDto: {
            /**
             * Format: date-time
             * @description Wanneer het contact plaatsvond
             */
            datum: string;
            /**
             * Format: date-time
             * @description Wanneer het laatst is gecorrigeerd
             */
            gecorrigeerdOp: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            initiatief: "gemeente" | "klant";
            /** @enum {string} */
            kanaal: "gesprek_op_locatie" | "huisbezoek" | "beeldbellen" | "telefoon" | "email" | "brief" | "bericht";
            /** Format: uuid */
            medewerkerId: string;
            medewerkerNaam: string;
            onderwerp: string;
            /** @enum {string} */
            resultaat: "gesproken" | "no_show" | "afgezegd" | "niet_bereikt" | "verstuurd";
            samenvatting: string | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "contactmoment";
            teltAlsGezien: boolean;
        };
        TijdlijnLadderDto: {
            /**
             * Format: date
             * @description Datum van de meting
             */
            datum: string;
            doeltrede: number | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            medewerkerId: string;
            medewerkerNaam: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "ladder";
            toelichting: string | null;
            trede: number;
        };
        TijdlijnPagina: {
            items: (components["schemas"]["TijdlijnContactmomentDto"] | components["schemas"]["TijdlijnLadderDto"] | components["schemas"]["TijdlijnAfspraakDto"] | components["schemas"]["TijdlijnVrijstellingDto"])[];
            page: number;
            pageSize: number;
            totaal: number;
        };
        TijdlijnVrijstellingDto: {
            /**
             * Format: date
             * @description Ingangsdatum
             */
            datum: string;
            /** Format: date */
            einddatum: string | null;
            /** Format: date */
            herbeoordelingsdatum: string;
            /** Format: uuid */
            id: string;
            /** Format: date */
            ingangsdatum: string;
            /** Format: date */
            ingetrokkenOp: string | null;
            /** Format: uuid */
            medewerkerId: string;
            medewerkerNaam: string;
            omvang: ("arbeidsverplichtingen" | "re_integratieverplichtingen" | "tegenprestatie")[];
            /** @enum {string} */
            reden: "medisch_tijdelijk" | "medisch_permanent" | "zorg_kind_onder_5" | "zorgtaken_overig" | "multiproblematiek" | "eerst_arbeidsfit" | "hoge_leeftijd" | "studie" | "overig";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soort: "vrijstelling";
            /** @enum {string} */
            vrijstellingSoort: "formeel" | "informeel";
        };
        TotpBevestigenDto: {
            /** @example 123456 */
            code: string;
        };
        TotpInrichtingDto: {
            /** @description Het geheim in base32, om met de hand in te voeren */
            geheim: string;
            /** @description otpauth://-URI (RFC 6238), dezelfde als in de QR-code */
            otpauthUri: string;
            /** @description QR-code als data:-URL (PNG) */
            qrCode: string;
        };
        TotpInstellenStapDto: {
            /** @description De rol vraagt tweestapsverificatie en die is nog niet ingesteld */
            totp: components["schemas"]["TotpInrichtingDto"];
            /** @description Voor POST /api/v1/auth/login/totp; 5 minuten geldig */
            tussenToken: string;
            /** @enum {string} */
            tweedeStap: "totp_instellen";
        };
        TotpLoginDto: {
            /**
             * @description De code uit de authenticator-app
             * @example 123456
             */
            code: string;
            /** @description Het tussenToken uit het antwoord op POST /api/auth/login (5 minuten geldig) */
            tussenToken: string;
        };
        TotpStapDto: {
            /** @description Voor POST /api/v1/auth/login/totp; 5 minuten geldig */
            tussenToken: string;
            /** @enum {string} */
            tweedeStap: "totp";
        };
        TrechterDto: {
            cohort: number | null;
            gesprekGevoerd: number | null;
            /** @description Nagebeld en bereikt */
            nagebeld: number | null;
            /** @description Niet verschenen (no-show of afgezegd), nooit verschenen */
            noShow: number | null;
            planGemaakt: number | null;
            uitgenodigd: number | null;
            verschenen: number | null;
        };
        TrendDto: {
            /** @description De afgesloten maanden (peildata) die de voorbereiding op de achtergrond nog voorbereidt; ze ontbreken in maanden. Vraag het later opnieuw. */
            inVoorbereiding: string[];
            maanden: components["schemas"]["KerncijfersDto"][];
        };
        UitlogAdresDto: {
            /** @description Waar de browser na het uitloggen heen gaat om ook bij de provider uit te loggen; null: nergens */
            url: string | null;
        };
        UitnodigingConflictAntwoordDto: {
            /** @description Alleen bij code DUBBELE_AFSPRAAK: het gesprek waarmee het overlapt */
            conflict?: components["schemas"]["UitnodigingConflictDto"];
        };
        UitnodigingConflictDto: {
            /** Format: date-time */
            datumTijd: string;
            duurMinuten: number;
            /** Format: uuid */
            klantId: string;
            locatie: string;
            /** Format: uuid */
            uitnodigingId: string;
        };
        UitnodigingDto: {
            /**
             * Format: uuid
             * @description Het contactmoment van de brief (brief, verstuurd)
             */
            briefContactmomentId: string;
            /** Format: uuid */
            campagneId: string;
            /** Format: date-time */
            datumTijd: string;
            duurMinuten: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            klantId: string;
            locatie: string;
            /** Format: uuid */
            medewerkerId: string;
            /** @description 1 voor de eerste uitnodiging */
            poging: number;
        };
        UitnodigingInvoerDto: {
            /**
             * Format: date-time
             * @description Begin van het gesprek; in de toekomst en binnen de looptijd
             * @example 2026-11-23T10:30:00+01:00
             */
            datumTijd: string;
            /**
             * @description Standaard 60 minuten
             * @example 60
             */
            duurMinuten?: number;
            /**
             * @description Waar het gesprek plaatsvindt
             * @example Stadskantoor, kamer 2.14
             */
            locatie: string;
            /**
             * Format: uuid
             * @description Wie het gesprek voert; standaard de medewerker van de deelnemer
             */
            medewerkerId?: string;
        };
        UitstelDto: {
            /** Format: date-time */
            aangemaaktOp: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            klantId: string;
            klantNaam: string;
            /** @description Het item is nu verborgen (totDatum nog niet bereikt) */
            lopend: boolean;
            /** Format: uuid */
            medewerkerId: string;
            medewerkerNaam: string;
            reden: string;
            /** Format: uuid */
            referentieId: string | null;
            /** @enum {string} */
            soort: "uit_beeld" | "bijna_uit_beeld" | "intake_nodig" | "no_show_opvolgen" | "afspraak_verlopen" | "vrijstelling_herbeoordelen" | "vrijstelling_verlopen" | "geen_klantmanager" | "plan_evalueren" | "plan_nodig" | "campagne_uitnodigen" | "nabellen" | "campagne_no_show";
            /** Format: date */
            totDatum: string;
        };
        UitstelInvoerDto: {
            /** Format: uuid */
            klantId: string;
            /** @example Klant is opgenomen in het ziekenhuis; bellen na ontslag */
            reden: string;
            /**
             * Format: uuid
             * @description Verplicht bij items over een contactmoment, afspraak, vrijstelling, plan, doel of gesprek
             */
            referentieId?: string | null;
            /** @enum {string} */
            soort: "uit_beeld" | "bijna_uit_beeld" | "intake_nodig" | "no_show_opvolgen" | "afspraak_verlopen" | "vrijstelling_herbeoordelen" | "vrijstelling_verlopen" | "geen_klantmanager" | "plan_evalueren" | "plan_nodig" | "campagne_uitnodigen" | "nabellen" | "campagne_no_show";
            /**
             * Format: date
             * @description Het item verdwijnt tot deze datum en komt dan terug; hoogstens 90 dagen vooruit
             * @example 2026-11-23
             */
            totDatum: string;
        };
        UitstelPagina: {
            items: components["schemas"]["UitstelDto"][];
            page: number;
            pageSize: number;
            /** @description Totaal aantal over alle pagina’s */
            totaal: number;
        };
        VeldFout: {
            /**
             * @description Wat er mis is, in het Nederlands
             * @example Dit BSN klopt niet (elfproef).
             */
            melding: string;
            /**
             * @description Het veld (pad met punten, bijv. adres.postcode)
             * @example bsn
             */
            veld: string;
        };
        VerdeelInvoerDto: {
            /** @description Deelnemers om te verdelen; standaard alle deelnemers die nog te plannen zijn */
            klantIds?: string[];
            /** @description Klantmanagers van de organisatie of extern medewerkers op deze campagne */
            medewerkerIds: string[];
            /** @description Waar: alleen laten zien hoe het verdeeld zou worden */
            voorbeeld: boolean;
        };
        VerdelingDto: {
            /** @description Aantal deelnemers dat (bij voorbeeld: zou worden) toegewezen */
            toegewezen: number;
            verdeling: components["schemas"]["VerdelingRegelDto"][];
        };
        VerdelingRegelDto: {
            /** @description Deelnemers die deze medewerker al had */
            huidig: number;
            /** Format: uuid */
            medewerkerId: string;
            naam: string;
            /** @description Deelnemers die erbij komen */
            nieuw: number;
            totaal: number;
        };
        VersieDto: {
            /**
             * @description Versie zoals gelezen
             * @example 1
             */
            versie: number;
        };
        VerwerkingDto: {
            /** @example klant.inzien */
            handeling: string;
            /**
             * Format: uuid
             * @description Null bij een handeling zonder betrokkene
             */
            klantId: string | null;
            klantNaam: string | null;
            /** Format: uuid */
            medewerkerId: string;
            medewerkerNaam: string;
            /** @enum {string} */
            resultaat: "gelukt" | "geweigerd";
            /** Format: date-time */
            tijdstip: string;
            /** @description Request-id; terug te vinden in de logs */
            traceId: string;
            /**
             * @description Code uit het register van verwerkingsactiviteiten
             * @example re_integratie
             */
            verwerkingsactiviteit: string;
            /** @example Re-integratie en begeleiding Participatiewet */
            verwerkingsactiviteitNaam: string;
        };
        VerwerkingPagina: {
            items: components["schemas"]["VerwerkingDto"][];
            page: number;
            pageSize: number;
            /** @description Totaal aantal over alle pagina’s */
            totaal: number;
        };
        VerwerkingsactiviteitDto: {
            /** @example re_integratie */
            code: string;
            doel: string;
            grondslag: string;
            naam: string;
        };
        VoorbeeldDto: {
            /** @description Aantal klanten dat vandaag in het cohort zou vallen */
            aantal: number;
            perGemeente: components["schemas"]["VoorbeeldGemeenteDto"][];
            perTeam: components["schemas"]["VoorbeeldTeamDto"][];
        };
        VoorbeeldGemeenteDto: {
            aantal: number;
            /** Format: uuid */
            gemeenteId: string;
            naam: string;
        };
        VoorbeeldInvoerDto: {
            criteria: components["schemas"]["CampagneCriteriaDto"];
        };
        VoorbeeldTeamDto: {
            aantal: number;
            naam: string;
            /**
             * Format: uuid
             * @description null: klanten zonder klantmanager
             */
            teamId: string | null;
        };
        VrijstellingDto: {
            /** Format: date-time */
            aangemaaktOp: string;
            /** @description Geldt vandaag */
            actief: boolean;
            /** Format: date */
            beschikkingDatum: string | null;
            beschikkingKenmerk: string | null;
            besluitUrl: string | null;
            /** Format: date */
            einddatum: string | null;
            /** Format: date */
            herbeoordelingsdatum: string;
            /** Format: uuid */
            id: string;
            /** Format: date */
            ingangsdatum: string;
            /** Format: date */
            ingetrokkenOp: string | null;
            /** Format: uuid */
            klantId: string;
            /** Format: uuid */
            medewerkerId: string;
            medewerkerNaam: string;
            omvang: ("arbeidsverplichtingen" | "re_integratieverplichtingen" | "tegenprestatie")[];
            /** @enum {string} */
            reden: "medisch_tijdelijk" | "medisch_permanent" | "zorg_kind_onder_5" | "zorgtaken_overig" | "multiproblematiek" | "eerst_arbeidsfit" | "hoge_leeftijd" | "studie" | "overig";
            /** @enum {string} */
            soort: "formeel" | "informeel";
            toelichting: string | null;
            versie: number;
        };
        VrijstellingenDto: {
            /** @description Klanten met een geldende formele vrijstelling */
            formeel: number | null;
            /** @description Klanten met een geldende informele vrijstelling */
            informeel: number | null;
            /** @description Informele vrijstellingen voorbij hun einddatum, niet afgesloten */
            informeelVerlopen: number | null;
        };
        VrijstellingInvoerDto: {
            /**
             * Format: date
             * @description Verplicht bij formeel
             * @example 2026-11-23
             */
            beschikkingDatum?: string | null;
            /** @description Verplicht bij formeel */
            beschikkingKenmerk?: string | null;
            /** @description URL van het ZGW-besluit */
            besluitUrl?: string | null;
            /**
             * Format: date
             * @description Verplicht bij informeel, hoogstens het maximum van de organisatie na de ingangsdatum
             * @example 2026-11-23
             */
            einddatum?: string | null;
            /**
             * Format: date
             * @description Altijd verplicht: wanneer wordt de vrijstelling opnieuw bekeken
             * @example 2026-11-23
             */
            herbeoordelingsdatum: string;
            /**
             * Format: date
             * @example 2026-11-23
             */
            ingangsdatum: string;
            omvang: ("arbeidsverplichtingen" | "re_integratieverplichtingen" | "tegenprestatie")[];
            /** @enum {string} */
            reden: "medisch_tijdelijk" | "medisch_permanent" | "zorg_kind_onder_5" | "zorgtaken_overig" | "multiproblematiek" | "eerst_arbeidsfit" | "hoge_leeftijd" | "studie" | "overig";
            /**
             * @description formeel: met beschikking; informeel: gedocumenteerde rustperiode, altijd met einddatum
             * @enum {string}
             */
            soort: "formeel" | "informeel";
            toelichting?: string | null;
        };
        VrijstellingPagina: {
            items: components["schemas"]["VrijstellingDto"][];
            page: number;
            pageSize: number;
            /** @description Totaal aantal over alle pagina’s */
            totaal: number;
        };
        VrijstellingWijzigingDto: {
            /**
             * Format: date
             * @description Verplicht bij formeel
             * @example 2026-11-23
             */
            beschikkingDatum?: string | null;
            /** @description Verplicht bij formeel */
            beschikkingKenmerk?: string | null;
            /** @description URL van het ZGW-besluit */
            besluitUrl?: string | null;
            /**
             * Format: date
             * @description Verplicht bij informeel, hoogstens het maximum van de organisatie na de ingangsdatum
             * @example 2026-11-23
             */
            einddatum?: string | null;
            /**
             * Format: date
             * @description Altijd verplicht: wanneer wordt de vrijstelling opnieuw bekeken
             * @example 2026-11-23
             */
            herbeoordelingsdatum?: string;
            /**
             * Format: date
             * @example 2026-11-23
             */
            ingangsdatum?: string;
            /**
             * Format: date
             * @description Intrekken: vanaf deze dag geldt de vrijstelling niet meer
             * @example 2026-11-23
             */
            ingetrokkenOp?: string | null;
            omvang?: ("arbeidsverplichtingen" | "re_integratieverplichtingen" | "tegenprestatie")[];
            /** @enum {string} */
            reden?: "medisch_tijdelijk" | "medisch_permanent" | "zorg_kind_onder_5" | "zorgtaken_overig" | "multiproblematiek" | "eerst_arbeidsfit" | "hoge_leeftijd" | "studie" | "overig";
            /**
             * @description formeel: met beschikking; informeel: gedocumenteerde rustperiode, altijd met einddatum
             * @enum {string}
             */
            soort?: "formeel" | "informeel";
            toelichting?: string | null;
            /** @description De versie die je hebt gelezen (optimistic locking) */
            versie: number;
        };
        WachtwoordWijzigenDto: {
            huidigWachtwoord: string;
            /** @description Minstens 12 tekens, geen veelgebruikt wachtwoord */
            nieuwWachtwoord: string;
        };
        WeekstartCijfersDto: {
            /** @description Klanten in de caseload die bijna uit beeld zijn */
            bijnaUitBeeld: number;
            /** @description Campagnegesprekken gepland deze week (uitnodigingen, niet afgezegd) */
            gepland: number;
            /** @description Campagnegesprekken gevoerd deze week */
            gevoerd: number;
            /** @description Uitnodigingen deze week waarop de klant niet verscheen */
            noShows: number;
            /** @description Open items in de gewone werkvoorraad (zonder campagne-items) */
            openItems: number;
            /** @description Deelnemers van lopende campagnes die nog uitgenodigd moeten worden */
            tePlannen: number;
            /** @description Klanten in de caseload die uit beeld zijn */
            uitBeeld: number;
        };
        WeekstartDto: {
            medewerkers: components["schemas"]["WeekstartMedewerkerDto"][];
            /**
             * Format: date
             * @description De stand van werkvoorraad en nog te plannen is die van vandaag
             */
            peildatum: string;
            /** Format: uuid */
            teamId: string;
            teamNaam: string;
            totaal: components["schemas"]["WeekstartCijfersDto"];
            /**
             * Format: date
             * @description Maandag van de week
             */
            week: string;
            /**
             * Format: date
             * @description Zondag van de week
             */
            weekEinde: string;
        };
        WeekstartMedewerkerDto: {
            /** @description Klanten in de caseload die bijna uit beeld zijn */
            bijnaUitBeeld: number;
            /** @description Campagnegesprekken gepland deze week (uitnodigingen, niet afgezegd) */
            gepland: number;
            /** @description Campagnegesprekken gevoerd deze week */
            gevoerd: number;
            /** Format: uuid */
            medewerkerId: string;
            naam: string;
            /** @description Uitnodigingen deze week waarop de klant niet verscheen */
            noShows: number;
            /** @description Open items in de gewone werkvoorraad (zonder campagne-items) */
            openItems: number;
            /**
             * @description Een extern staat erbij als die deelnemers van klanten van dit team heeft
             * @enum {string}
             */
            rol: "klantmanager" | "teamleider" | "extern";
            /** @description Deelnemers van lopende campagnes die nog uitgenodigd moeten worden */
            tePlannen: number;
            /** @description Klanten in de caseload die uit beeld zijn */
            uitBeeld: number;
        };
        WerkvoorraadDto: {
            items: components["schemas"]["WerkvoorraadItemDto"][];
            page: number;
            pageSize: number;
            /** Format: date */
            peildatum: string;
            /** @description Aantal open items per soort (zonder soortfilter) */
            perSoort: {
                [key: string]: number;
            };
            totaal: number;
        };
        WerkvoorraadItemDto: {
            /**
             * Format: uuid
             * @description Campagne-items: de campagne
             */
            campagneId?: string;
            /** @enum {string} */
            inBeeldStatus: "in_beeld" | "bijna_uit_beeld" | "uit_beeld";
            /** Format: uuid */
            klantId: string;
            /** Format: uuid */
            klantmanagerId: string | null;
            klantNaam: string;
            /** Format: date */
            laatstGezien: string | null;
            /** @description De contactnorm in dagen die voor de klant geldt */
            normDagen: number;
            /** @example 95 dagen niet gesproken; de norm is 90 dagen. */
            reden: string;
            /**
             * Format: uuid
             * @description Het contactmoment, de afspraak, de vrijstelling, het plan, het doel of het gesprek waar het item over gaat
             */
            referentieId?: string | null;
            /** @enum {string} */
            soort: "uit_beeld" | "bijna_uit_beeld" | "intake_nodig" | "no_show_opvolgen" | "afspraak_verlopen" | "vrijstelling_herbeoordelen" | "vrijstelling_verlopen" | "geen_klantmanager" | "plan_evalueren" | "plan_nodig" | "campagne_uitnodigen" | "nabellen" | "campagne_no_show";
            /**
             * Format: uuid
             * @description Campagne-items: wie het werk doet (medewerker van de deelnemer, of de teamleider na de laatste no-show)
             */
            toegewezenAan?: string;
            /**
             * Format: date-time
             * @description Nabellen: het tijdstip van de uitnodiging
             */
            uitnodigingOp?: string;
            /** @enum {string} */
            urgentie: "verlopen" | "vandaag" | "binnenkort";
            /** Format: date */
            vervaldatum: string;
        };
        WijzigingDto: {
            /** @enum {string} */
            actie: "aangemaakt" | "gewijzigd" | "verwijderd";
            /** Format: uuid */
            klantId: string | null;
            /** Format: uuid */
            medewerkerId: string;
            medewerkerNaam: string;
            /** @example afspraak */
            resource: string;
            /** Format: uuid */
            resourceId: string;
            /** Format: date-time */
            tijdstip: string;
            traceId: string | null;
            wijzigingen: components["schemas"]["WijzigingInhoudDto"];
        };
        WijzigingInhoudDto: {
            nieuw?: Record<string, never> | null;
            oud?: Record<string, never> | null;
        };
        WijzigingPagina: {
            items: components["schemas"]["WijzigingDto"][];
            page: number;
            pageSize: number;
            /** @description Totaal aantal over alle pagina’s */
            totaal: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Afspraken_vind: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AfspraakDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Afspraken_wijzig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AfspraakWijzigingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AfspraakDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Versie verouderd: iemand anders heeft de afspraak intussen gewijzigd */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Agenda_lijst: {
        parameters: {
            query: {
                /** @description Standaard de ingelogde medewerker; een teamleider mag een teamlid kiezen */
                medewerkerId?: string;
                /** @description Laatste dag; hoogstens 92 dagen na van */
                tot: string;
                /** @description Eerste dag */
                van: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider, klantmanager, extern */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Agenda_ics: {
        parameters: {
            query: {
                /** @description Standaard de ingelogde medewerker; een teamleider mag een teamlid kiezen */
                medewerkerId?: string;
                /** @description Laatste dag; hoogstens 92 dagen na van */
                tot: string;
                /** @description Eerste dag */
                van: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description iCalendar-bestand */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider, klantmanager, extern */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Audit_klantOpBsn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KlantOpBsnDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlantOpBsnAntwoordDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: privacy */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Audit_rapport: {
        parameters: {
            query: {
                maand: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RapportDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: privacy */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Audit_rapportCsv: {
        parameters: {
            query: {
                maand: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV-bestand */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: privacy */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Audit_verwerkingen: {
        parameters: {
            query?: {
                handeling?: string;
                klantId?: string;
                medewerkerId?: string;
                page?: number;
                pageSize?: number;
                resultaat?: "gelukt" | "geweigerd";
                /** @description Tot en met deze dag (Nederlandse tijd) */
                tot?: string;
                /** @description Vanaf deze dag (Nederlandse tijd) */
                van?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerwerkingPagina"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: privacy */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Audit_wijzigingen: {
        parameters: {
            query?: {
                klantId?: string;
                medewerkerId?: string;
                page?: number;
                pageSize?: number;
                /** @description De beheerder: alleen instellingen, contactnormen, bewaartermijn, medewerker, team of gemeente */
                resource?: string;
                /** @description Tot en met deze dag (Nederlandse tijd) */
                tot?: string;
                /** @description Vanaf deze dag (Nederlandse tijd) */
                van?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WijzigingPagina"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: privacy, beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Ingelogd, of nog een stap: de authenticator-app, of een eigen wachtwoord kiezen na een eenmalige code */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngelogdDto"] | components["schemas"]["TotpStapDto"] | components["schemas"]["TotpInstellenStapDto"] | components["schemas"]["NieuwWachtwoordStapDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Gebruikersnaam of wachtwoord onjuist (zelfde melding voor beide) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze organisatie logt alleen in met het eigen account (ALLEEN_SSO); na de wachtwoordcontrole */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te veel mislukte pogingen */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Auth_loginNieuwWachtwoord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NieuwWachtwoordLoginDto"];
            };
        };
        responses: {
            /** @description Ingelogd, of nog een stap met de authenticator-app */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngelogdDto"] | components["schemas"]["TotpStapDto"] | components["schemas"]["TotpInstellenStapDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De stap is verlopen of de code is al gebruikt (TUSSENSTAP_VERLOPEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Auth_loginTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpLoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngelogdDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Code onjuist of al gebruikt (ONJUISTE_CODE), of de stap is verlopen (TUSSENSTAP_VERLOPEN) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Oidc_methoden: {
        parameters: {
            query: {
                /** @description De code van de organisatie (organisatie.code) */
                organisatie: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InlogMethodenDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen organisatie met deze code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Oidc_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisatieCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Naar de provider; is inloggen met het eigen account niet ingesteld, dan naar /inloggen?fout=… */
            302: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Oidc_callback: {
        parameters: {
            query?: {
                /** @description De autorisatiecode van de provider */
                code?: unknown;
                /** @description Foutcode van de provider (bijv. access_denied) */
                error?: unknown;
                /** @description De state van het verzoek */
                state?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ingelogd: naar /; anders naar /inloggen?fout=<code>&organisatie=<code> met de reden */
            302: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Oidc_uitlogAdres: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UitlogAdresDto"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider, beleid, beheerder, privacy, extern */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Bewaartermijn_anonimiseer: {
        parameters: {
            query?: {
                /** @description true: alleen tellen, niets wijzigen */
                proefrun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnonimiserenDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Campagnes_lijst: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "concept" | "lopend" | "afgesloten";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampagnePagina"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider, klantmanager, extern, beleid */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Campagne bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Campagnes_maak: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampagneInvoerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampagneDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Campagne bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Campagnes_lees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampagneDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider, klantmanager, extern, beleid */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Campagne bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Campagnes_wijzig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampagneWijzigingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampagneDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Campagne bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Versie verouderd */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Campagnes_afsluiten: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersieDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampagneDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Campagne bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Versie verouderd */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De campagne loopt niet */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    CampagneBrieven_pdf: {
        parameters: {
            query: {
                /** @description De dag waarop de brieven zijn verstuurd (Nederlandse datum) */
                datum: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF met de brieven */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider, klantmanager, extern */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Campagne onbekend, of geen brieven op die dag */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Campagnes_deelnemerLijst: {
        parameters: {
            query?: {
                medewerkerId?: string;
                page?: number;
                pageSize?: number;
                status?: "te_plannen" | "uitgenodigd" | "verschenen" | "no_show" | "gesprek_gevoerd" | "plan_gemaakt";
                /** @description Zoekt in naam en BSN van de klant */
                zoek?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeelnemerPagina"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider, klantmanager, extern */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Campagne bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Campagnes_nabellen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                klantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NabelInvoerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactmomentDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider, klantmanager, extern */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Campagne bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Er is geen open uitnodiging */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Campagnes_uitnodigen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                klantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UitnodigingInvoerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UitnodigingDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider, klantmanager, extern */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Campagne bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De medewerker heeft dan al een gesprek (met `conflict`), of er staat al een open uitnodiging */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"] & components["schemas"]["UitnodigingConflictAntwoordDto"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De campagne loopt niet, of het maximum aantal uitnodigingen */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    CampagneRapport_lees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampagneEffectDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider, beleid */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Campagne bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De campagne is nog concept: er is nog geen cohort */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Campagnes_starten: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersieDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampagneDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Campagne bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Versie verouderd */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet meer concept, of het cohort is leeg */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    CampagneRapport_trechterXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel-werkboek */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider, beleid */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Campagne bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De campagne is nog concept: er is nog geen cohort */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Campagnes_verdelen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerdeelInvoerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerdelingDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Campagne bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De campagne loopt niet */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Campagnes_voorbeeld: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoorbeeldInvoerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoorbeeldDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Campagne bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Contactmomenten_corrigeer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactmomentCorrectieDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactmomentDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Versie verouderd: iemand anders heeft het contactmoment intussen gecorrigeerd */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De correctietermijn van 30 dagen na het vastleggen is voorbij */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Organisaties_gemeenten: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Naam of CBS-code (deel) */
                zoek?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GemeentePagina"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider, beleid, beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Organisaties_maakGemeente: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GemeenteInvoerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GemeenteDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze CBS-code staat al in de organisatie (GEMEENTE_BESTAAT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Organisaties_wijzigGemeente: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GemeenteWijzigingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GemeenteDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Health_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Database niet bereikbaar */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"] & components["schemas"]["HealthStoringDto"];
                };
            };
        };
    };
    Importen_lijst: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPagina"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Import bestaat niet, is van een andere organisatie of (teamleider) van een ander */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Importen_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportUploadDto"];
            };
        };
        responses: {
            /** @description De proefrun loopt; volg hem met GET */
            202: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportAangemaaktDto"];
                };
            };
            /** @description Soort, bron of bestand ontbreekt of klopt niet */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Import bestaat niet, is van een andere organisatie of (teamleider) van een ander */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het bestand is groter dan IMPORT_MAX_MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze soort kan nog niet worden geïmporteerd */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Importen_vind: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Import bestaat niet, is van een andere organisatie of (teamleider) van een ander */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Importen_foutenCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV-bestand (puntkomma, UTF-8) */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Import bestaat niet, is van een andere organisatie of (teamleider) van een ander */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Importen_wijzigKoppeling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportKoppelingInvoerDto"];
            };
        };
        responses: {
            /** @description De proefrun loopt opnieuw; volg hem met GET */
            202: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDto"];
                };
            };
            /** @description Een onbekend veld, een kolom die niet in het bestand staat, een veld twee keer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Import bestaat niet, is van een andere organisatie of (teamleider) van een ander */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De status is niet "klaar" of "afgekeurd", of het bestand is er niet meer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Importen_uitvoeren: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het uitvoeren loopt; volg het met GET */
            202: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Import bestaat niet, is van een andere organisatie of (teamleider) van een ander */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De import heeft niet de status "klaar" */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Bewaartermijn_lees: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BewaartermijnDto"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder, privacy */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Bewaartermijn_wijzig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BewaartermijnInvoerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BewaartermijnDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    BriefSjablonen_lijst: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrievenDto"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    BriefSjablonen_slaOp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BriefInvoerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrievenDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Versie verouderd: iemand anders heeft de brief intussen gewijzigd */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    BriefSjablonen_verwijder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                gemeenteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Weggehaald */
            204: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Deze gemeente heeft geen eigen brief */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    BriefSjablonen_voorbeeld: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BriefVoorbeeldInvoerDto"];
            };
        };
        responses: {
            /** @description PDF met één voorbeeldbrief */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Instellingen_contactnormen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactnormenDto"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider, beleid, beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Instellingen_wijzig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactnormenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactnormenDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Instellingen_categorieen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategorieenDto"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider, beleid, beheerder, privacy */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Instellingen_wijzigCategorieen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategorieenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategorieenDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Leefgebieden_paden: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PadenDto"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider, beheerder, beleid */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Leefgebieden_wijzigPaden: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PadenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PadenDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Leefgebieden_leefgebieden: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstrumentDto"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider, beheerder, beleid */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Leefgebieden_wijzigLeefgebieden: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstrumentInvoerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstrumentDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Oidc_leesInstellingen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcInstellingDto"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Oidc_wijzigInstellingen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OidcInstellingInvoerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OidcInstellingDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Issuer onbereikbaar of geen OpenID-provider (PROVIDER_ONBEREIKBAAR), of wachtwoorden uit zonder provider (SSO_NIET_INGESTELD) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Klanten_lijst: {
        parameters: {
            query?: {
                /** @description Alleen klanten in deze categorie (een code uit GET /api/instellingen/dienstverleningscategorieen) */
                dienstverleningscategorie?: string;
                gemeenteId?: string;
                inBeeld?: "in_beeld" | "bijna_uit_beeld" | "uit_beeld";
                klantmanagerId?: string;
                page?: number;
                pageSize?: number;
                status?: "actief" | "uitgestroomd";
                /** @description Naam (deel), of een volledig BSN van 9 cijfers */
                zoek?: string;
                /** @description true: alleen klanten zonder klantmanager */
                zonderKlantmanager?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlantSamenvattingPagina"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Klant bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te vaak gezocht in een minuut */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Klanten_maak: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KlantInvoerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlantDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Klant bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description BSN bestaat al in deze organisatie */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Klanten_vind: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlantDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider, extern */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Klant bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Klanten_wijzig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KlantWijzigingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlantDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Klant bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Versie verouderd, of BSN bestaat al */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Klanten_bsnInzage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BsnInzageDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Klant bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het BSN is verwijderd na de bewaartermijn (GEANONIMISEERD) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Klanten_doorbreek: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DoorbrekenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DoorbrekingDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Klant bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Inzage_export: {
        parameters: {
            query?: {
                /** @description Standaard json */
                formaat?: "json" | "pdf";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het inzagedocument: JSON, of met formaat=pdf een toegankelijke PDF voor de klant */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                    "application/pdf": string;
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: privacy */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Overdracht_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het overdrachtsdocument, als download */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Klant bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De gegevens van de klant zijn verwijderd (GEANONIMISEERD) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Klanten_tijdlijn: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TijdlijnPagina"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider, extern */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Klant bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Afspraken_lijst: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                klantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AfspraakPagina"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Afspraken_maak: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                klantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AfspraakInvoerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AfspraakDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Contactmomenten_lijst: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                klantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactmomentPagina"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Contactmomenten_maak: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                klantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactmomentInvoerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactmomentDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Gesprekken_lijst: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                klantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GesprekPagina"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Klant bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Gesprekken_maak: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                klantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GesprekInvoerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GesprekDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Klant bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Ladder_lijst: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                klantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LadderMetingPagina"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Klant bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Ladder_maak: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                klantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LadderMetingInvoerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LadderMetingDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Klant bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Gesprekken_plan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                klantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Klant bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Gesprekken_slaPlanOp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                klantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanInvoerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Klant bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Versie verouderd: iemand anders heeft het plan intussen gewijzigd */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Gesprekken_planPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                klantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF-bestand "Mijn plan" */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Klant bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Vrijstellingen_lijst: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                klantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VrijstellingPagina"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Vrijstellingen_maak: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                klantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VrijstellingInvoerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VrijstellingDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Klanten_herverdeel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HerverdelenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HerverdelenAntwoordDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Klant bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedewerkerDto"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider, beleid, beheerder, privacy, extern */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Auth_totpInstellen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpInrichtingDto"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider, beleid, beheerder, privacy, extern */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tweestapsverificatie staat al aan (TOTP_ACTIEF) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Auth_totpUitzetten: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tweestapsverificatie staat uit */
            204: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider, beleid, beheerder, privacy, extern */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Verplicht voor deze rol (TOTP_VERPLICHT) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Auth_totpBevestigen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpBevestigenDto"];
            };
        };
        responses: {
            /** @description Tweestapsverificatie staat aan */
            204: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider, beleid, beheerder, privacy, extern */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Tweestapsverificatie staat al aan (TOTP_ACTIEF) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Nog niet begonnen met instellen (TOTP_NIET_GESTART) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Auth_wijzigWachtwoord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WachtwoordWijzigenDto"];
            };
        };
        responses: {
            /** @description Wachtwoord gewijzigd */
            204: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider, beleid, beheerder, privacy, extern */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Medewerkers_lijst: {
        parameters: {
            query?: {
                /** @description true: alleen actieve, false: alleen gedeactiveerde */
                actief?: "true" | "false";
                page?: number;
                pageSize?: number;
                rol?: "klantmanager" | "teamleider" | "beleid" | "beheerder" | "privacy" | "extern";
                teamId?: string;
                /** @description Naam, gebruikersnaam of e-mailadres (deel) */
                zoek?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedewerkerPagina"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider, beheerder, privacy */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Medewerkers_maak: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MedewerkerInvoerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NieuweMedewerkerDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Gebruikersnaam of e-mailadres al in gebruik */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Medewerkers_wijzig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MedewerkerWijzigingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedewerkerSamenvattingDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Versie verouderd, of e-mailadres al in gebruik */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Laatste actieve beheerder (LAATSTE_BEHEERDER), klanten zonder keuze voor overdracht (OVERDRACHT_NODIG), of geen andere klantmanager in het team (GEEN_ONTVANGERS) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Medewerkers_overdracht: {
        parameters: {
            query?: {
                naarKlantmanagerId?: string;
                verdelenOverTeam?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdrachtVoorbeeldDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen andere klantmanager in het team (GEEN_ONTVANGERS) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Medewerkers_wachtwoordHerstel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EenmaligeCodeDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Gedeactiveerd (GEDEACTIVEERD) of alleen SSO (GEEN_LOKAAL_ACCOUNT) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Rapportages_doorstroom: {
        parameters: {
            query?: {
                gemeenteId?: string;
                /** @description Klanten van de klantmanagers van dit team (op de peildatum) */
                teamId?: string;
                /** @description Standaard vandaag. Voor beleid alleen een maandeinde in het verleden, standaard het laatste */
                tot?: string;
                /** @description Standaard twaalf maanden voor tot. Doorstroom voor beleid: een maandeinde */
                van?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DoorstroomDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beleid, teamleider, beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Rapportages_doorstroomCsv: {
        parameters: {
            query?: {
                gemeenteId?: string;
                /** @description Klanten van de klantmanagers van dit team (op de peildatum) */
                teamId?: string;
                /** @description Standaard vandaag. Voor beleid alleen een maandeinde in het verleden, standaard het laatste */
                tot?: string;
                /** @description Standaard twaalf maanden voor tot. Doorstroom voor beleid: een maandeinde */
                van?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV-bestand */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beleid, teamleider, beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Rapportages_doorstroomXlsx: {
        parameters: {
            query?: {
                gemeenteId?: string;
                /** @description Klanten van de klantmanagers van dit team (op de peildatum) */
                teamId?: string;
                /** @description Standaard vandaag. Voor beleid alleen een maandeinde in het verleden, standaard het laatste */
                tot?: string;
                /** @description Standaard twaalf maanden voor tot. Doorstroom voor beleid: een maandeinde */
                van?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel-werkboek */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beleid, teamleider, beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Rapportages_kerncijfers: {
        parameters: {
            query?: {
                gemeenteId?: string;
                /** @description Standaard vandaag; een datum in het verleden geeft de toestand van toen. Voor beleid alleen een maandeinde in het verleden, standaard het laatste */
                peildatum?: string;
                /** @description Klanten van de klantmanagers van dit team (op de peildatum) */
                teamId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KerncijfersDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beleid, teamleider, beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Rapportages_kerncijfersCsv: {
        parameters: {
            query?: {
                gemeenteId?: string;
                /** @description Standaard vandaag; een datum in het verleden geeft de toestand van toen. Voor beleid alleen een maandeinde in het verleden, standaard het laatste */
                peildatum?: string;
                /** @description Klanten van de klantmanagers van dit team (op de peildatum) */
                teamId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV-bestand */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beleid, teamleider, beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Rapportages_kerncijfersXlsx: {
        parameters: {
            query?: {
                gemeenteId?: string;
                /** @description Standaard vandaag; een datum in het verleden geeft de toestand van toen. Voor beleid alleen een maandeinde in het verleden, standaard het laatste */
                peildatum?: string;
                /** @description Klanten van de klantmanagers van dit team (op de peildatum) */
                teamId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel-werkboek */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beleid, teamleider, beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Rapportages_leefgebieden: {
        parameters: {
            query?: {
                gemeenteId?: string;
                /** @description Standaard vandaag; een datum in het verleden geeft de toestand van toen. Voor beleid alleen een maandeinde in het verleden, standaard het laatste */
                peildatum?: string;
                /** @description Klanten van de klantmanagers van dit team (op de peildatum) */
                teamId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeefgebiedenDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beleid, teamleider, beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Rapportages_leefgebiedenCsv: {
        parameters: {
            query?: {
                gemeenteId?: string;
                /** @description Standaard vandaag; een datum in het verleden geeft de toestand van toen. Voor beleid alleen een maandeinde in het verleden, standaard het laatste */
                peildatum?: string;
                /** @description Klanten van de klantmanagers van dit team (op de peildatum) */
                teamId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV-bestand */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beleid, teamleider, beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Rapportages_leefgebiedenXlsx: {
        parameters: {
            query?: {
                gemeenteId?: string;
                /** @description Standaard vandaag; een datum in het verleden geeft de toestand van toen. Voor beleid alleen een maandeinde in het verleden, standaard het laatste */
                peildatum?: string;
                /** @description Klanten van de klantmanagers van dit team (op de peildatum) */
                teamId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel-werkboek */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beleid, teamleider, beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Rapportages_leefgebiedenBeweging: {
        parameters: {
            query?: {
                gemeenteId?: string;
                /** @description Klanten van de klantmanagers van dit team (op de peildatum) */
                teamId?: string;
                /** @description Standaard vandaag. Voor beleid alleen een maandeinde in het verleden, standaard het laatste */
                tot?: string;
                /** @description Standaard twaalf maanden voor tot. Doorstroom voor beleid: een maandeinde */
                van?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeefgebiedenBewegingDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beleid, teamleider, beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Rapportages_bewegingCsv: {
        parameters: {
            query?: {
                gemeenteId?: string;
                /** @description Klanten van de klantmanagers van dit team (op de peildatum) */
                teamId?: string;
                /** @description Standaard vandaag. Voor beleid alleen een maandeinde in het verleden, standaard het laatste */
                tot?: string;
                /** @description Standaard twaalf maanden voor tot. Doorstroom voor beleid: een maandeinde */
                van?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV-bestand */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beleid, teamleider, beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Rapportages_bewegingXlsx: {
        parameters: {
            query?: {
                gemeenteId?: string;
                /** @description Klanten van de klantmanagers van dit team (op de peildatum) */
                teamId?: string;
                /** @description Standaard vandaag. Voor beleid alleen een maandeinde in het verleden, standaard het laatste */
                tot?: string;
                /** @description Standaard twaalf maanden voor tot. Doorstroom voor beleid: een maandeinde */
                van?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel-werkboek */
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beleid, teamleider, beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Rapportages_trend: {
        parameters: {
            query?: {
                gemeenteId?: string;
                /** @description Klanten van de klantmanagers van dit team (op de peildatum) */
                teamId?: string;
                /** @description Standaard vandaag. Voor beleid alleen een maandeinde in het verleden, standaard het laatste */
                tot?: string;
                /** @description Standaard twaalf maanden voor tot. Doorstroom voor beleid: een maandeinde */
                van?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrendDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beleid, teamleider, beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Te vaak opgevraagd in een minuut */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Organisaties_teams: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Standaard alleen teams die niet gearchiveerd zijn */
                status?: "actief" | "gearchiveerd" | "alle";
                /** @description Naam (deel) */
                zoek?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamPagina"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider, beleid, beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Organisaties_maakTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamInvoerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Er is al een team met deze naam (TEAM_BESTAAT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Organisaties_wijzigTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamWijzigingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Er is al een team met deze naam (TEAM_BESTAAT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Archiveren kan niet: het team heeft actieve leden (TEAM_HEEFT_LEDEN) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Werkvoorraad_teamOverzicht: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamOverzichtDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Team bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Weekstart_lijst: {
        parameters: {
            query?: {
                /** @description Een dag in de week; afgerond op de maandag ervan. Standaard deze week */
                week?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WeekstartDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Team bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Audit_verwerkingsactiviteiten: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerwerkingsactiviteitDto"][];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: privacy, beheerder */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Vrijstellingen_vind: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VrijstellingDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Vrijstellingen_wijzig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VrijstellingWijzigingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VrijstellingDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Bestaat niet of hoort bij een andere organisatie */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Versie verouderd */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Werkvoorraad_lijst: {
        parameters: {
            query?: {
                /** @description Teamleider: de werkvoorraad van deze klantmanager uit het eigen team */
                medewerkerId?: string;
                page?: number;
                pageSize?: number;
                soort?: "uit_beeld" | "bijna_uit_beeld" | "intake_nodig" | "no_show_opvolgen" | "afspraak_verlopen" | "vrijstelling_herbeoordelen" | "vrijstelling_verlopen" | "geen_klantmanager" | "plan_evalueren" | "plan_nodig" | "campagne_uitnodigen" | "nabellen" | "campagne_no_show";
                /** @description Teamleider: de werkvoorraad van het hele team (standaard voor een teamleider) */
                teamId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WerkvoorraadDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider, extern */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Werkvoorraad_uitstellen: {
        parameters: {
            query?: {
                /** @description true: alleen uitstel dat nu nog loopt */
                lopend?: "true" | "false";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UitstelPagina"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: teamleider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    Werkvoorraad_stelUit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UitstelInvoerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description De volledige versie van de API (semver) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UitstelDto"];
                };
            };
            /** @description Onjuiste invoer: elk onjuist veld staat in `fouten` (veld en melding) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Alleen voor: klantmanager, teamleider, extern */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het verzoek is groter dan 1 MB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De invoer is geen JSON (Content-Type: application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Het item staat niet open */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description De database is tijdelijk niet bereikbaar; probeer het na Retry-After seconden opnieuw */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
}
