"""The definitions every report prints: the domain's measures (domain/measures.py) in Dutch."""

from __future__ import annotations

from workstation.domain.measures import APPOINTMENT_ON_TIME_S, CALLBACK_WORKING_DAYS
from workstation.domain.open_data import MIN_CELL

DEFINITIONS: tuple[tuple[str, str], ...] = (
    ("Bezoeker", "Eén wachtnummer, geteld in de periode waarin het is uitgegeven. Dienst en "
     "norm zijn die van de dienst waarvoor het nummer is getrokken."),
    ("Wachttijd", "Van het begin van het wachten tot de eerste oproep. Het wachten begint bij "
     "het trekken van het nummer; wie met een afspraak te vroeg binnenkomt, wacht vanaf het "
     "afspraaktijdstip. Alleen opgeroepen bezoekers hebben een wachttijd."),
    ("Binnen de norm", "Het deel van de opgeroepen bezoekers dat niet langer wachtte dan de "
     "wachttijdnorm van de dienst (in minuten, per dienst ingesteld)."),
    ("Gemiddelde, mediaan, P90", "Het rekenkundig gemiddelde; de middelste waarde en de "
     "waarde waar 90% onder of op ligt (nearest rank)."),
    ("Bedieningstijd", "Van het eerste begin van de bediening tot het (laatste, niet "
     "teruggedraaide) afronden."),
    ("Niet verschenen", "Wachtnummers waarvan het laatste 'niet verschenen' niet is "
     "teruggedraaid."),
    ("Afspraak op tijd", f"Een afspraak die binnen {APPOINTMENT_ON_TIME_S / 60:.0f} minuten na "
     "het afspraaktijdstip is opgeroepen (na de aanmelding, als de bezoeker te laat kwam), "
     "van de afspraken die zijn opgeroepen."),
    ("In één keer goed", "Het deel van de vragen (klantcontacten) dat in één keer is "
     "afgehandeld, per kanaal. Telefonisch aandeel: telefonische vragen van alle vragen."),
    ("Gesprekstijd en nawerktijd", "Van begin tot einde van het contact, en van het einde tot "
     "het opslaan van het contact."),
    ("Teruggebeld op tijd", f"Een terugbelverzoek dat is afgehandeld vóór het einde van de "
     f"{CALLBACK_WORKING_DAYS}e werkdag na de dag van het verzoek (weekend en officiële "
     "feestdagen tellen niet). Open verzoeken na die termijn tellen als te laat; open "
     "verzoeken binnen de termijn tellen nog niet mee."),
    ("Levertijd", "Van het begin tot het einde van de levering van een product (direct aan "
     "de balie, of bestellen tot ophalen), per product en manier van leveren."),
    ("Klantcijfer (KTO)", "Het gemiddelde van de cijfers (1-10) die bezoekers anoniem na "
     "hun bezoek gaven, in totaal en per aspect dat zij beoordeelden."),
    ("Open data", f"Cellen met minder dan {MIN_CELL} bezoekers (of cijfers, of vragen) worden "
     "niet gepubliceerd; is er in een maand van een vestiging één dienst zo klein, dan ook de "
     "eerstvolgende kleinste, zodat het totaal hem niet verraadt."),
)
