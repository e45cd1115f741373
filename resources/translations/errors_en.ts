<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>UserFacingError</name>
    <message>
        <location filename="../../workstation/cli/device_commands.py" line="196" />
        <source>De testbon is niet binnen {seconds} s afgedrukt.</source>
        <translation>The test ticket was not printed within {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/device_commands.py" line="197" />
        <source>De testkwitantie is niet binnen {seconds} s afgedrukt.</source>
        <translation>The test receipt was not printed within {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/device_commands.py" line="216" />
        <source>De chip is niet binnen {seconds} s gelezen.</source>
        <translation>The chip was not read within {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/device_commands.py" line="325" />
        <source>Controleer het apparaat en probeer het opnieuw.</source>
        <translation>Check the device and try again.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/pcsc_backend.py" line="42" />
        <source>Er is geen chiplezer gevonden.</source>
        <translation>No chip reader was found.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/pcsc_backend.py" line="42" />
        <source>Controleer of de chiplezer is aangesloten.</source>
        <translation>Check that the chip reader is connected.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/pcsc_backend.py" line="50" />
        <source>Er ligt geen document op de chiplezer.</source>
        <translation>There is no document on the chip reader.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/pcsc_backend.py" line="50" />
        <source>Leg het document op de chiplezer.</source>
        <translation>Place the document on the chip reader.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="48" />
        <source>De kaart is tijdens het lezen weggehaald.</source>
        <translation>The card was removed while it was being read.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="48" />
        <source>Leg het document opnieuw op de chiplezer.</source>
        <translation>Place the document on the chip reader again.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="56" />
        <source>De chip weigert toegang met deze documentgegevens.</source>
        <translation>The chip refuses access with these document details.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="56" />
        <location filename="../../workstation/devices/cardreader/reader.py" line="86" />
        <source>Scan het document opnieuw met de documentlezer en probeer het nog eens.</source>
        <translation>Scan the document again with the document reader and try once more.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="64" />
        <source>De chip van dit document gebruikt een beveiliging die Loket niet kent.</source>
        <translation>The chip of this document uses a protection Loket does not know.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="64" />
        <source>Controleer het document op een andere manier.</source>
        <translation>Check the document in another way.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="72" />
        <location filename="../../workstation/ui/chip_panel.py" line="103" />
        <source>De chip gaf een onverwacht antwoord.</source>
        <translation>The chip gave an unexpected answer.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="72" />
        <location filename="../../workstation/ui/chip_panel.py" line="103" />
        <source>Probeer het opnieuw.</source>
        <translation>Please try again.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="78" />
        <source>Op de chiplezer ligt geen paspoort of identiteitskaart met chip.</source>
        <translation>There is no passport or ID card with a chip on the chip reader.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="78" />
        <source>Leg het document met de chip op de chiplezer.</source>
        <translation>Place the document with the chip on the chip reader.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="86" />
        <source>De documentgegevens zijn niet volledig genoeg gelezen om de chip te openen.</source>
        <translation>Too little of the document data was read to open the chip.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/verdict.py" line="41" />
        <source>Echt: de gegevens op de chip zijn ondertekend door het land dat het document uitgaf.</source>
        <translation>Genuine: the data on the chip is signed by the country that issued the document.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/verdict.py" line="44" />
        <source>Niet te controleren: er zijn op deze werkplek geen landcertificaten ingesteld.</source>
        <translation>Cannot be checked: no country certificates are configured at this workstation.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/verdict.py" line="47" />
        <source>Niet te controleren: de ingestelde landcertificaten zijn niet te lezen.</source>
        <translation>Cannot be checked: the configured country certificates cannot be read.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/verdict.py" line="50" />
        <source>Niet te controleren: de chip heeft geen ondertekening (EF.SOD) gegeven.</source>
        <translation>Cannot be checked: the chip gave no signature (EF.SOD).</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/verdict.py" line="53" />
        <source>Niet te controleren: de ondertekening op de chip is niet te lezen.</source>
        <translation>Cannot be checked: the signature on the chip cannot be read.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/verdict.py" line="56" />
        <source>Niet te controleren: het landcertificaat van dit document staat niet in de ingestelde landcertificaten.</source>
        <translation>Cannot be checked: the country certificate of this document is not among the configured country certificates.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/verdict.py" line="60" />
        <source>Niet te controleren: het landcertificaat van dit document is verlopen.</source>
        <translation>Cannot be checked: the country certificate of this document has expired.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/verdict.py" line="63" />
        <source>Niet te controleren: het certificaat waarmee de chip is ondertekend, is verlopen.</source>
        <translation>Cannot be checked: the certificate the chip was signed with has expired.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/verdict.py" line="66" />
        <source>Gewijzigd: de gegevens op de chip passen niet bij de ondertekening.</source>
        <translation>Altered: the data on the chip does not match its signature.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/verdict.py" line="69" />
        <source>Gewijzigd: de ondertekening van de chip klopt niet.</source>
        <translation>Altered: the chip's signature is not valid.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/verdict.py" line="70" />
        <source>Niet echt: het certificaat waarmee de chip is ondertekend, is ingetrokken.</source>
        <translation>Not genuine: the certificate the chip was signed with has been revoked.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="32" />
        <source>Wordt gestart</source>
        <translation>Starting</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="33" />
        <source>Gesimuleerd apparaat (demo)</source>
        <translation>Simulated device (demo)</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="37" />
        <source>Papier bijna op</source>
        <translation>Paper almost out</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="38" />
        <source>Geen papier</source>
        <translation>Out of paper</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="39" />
        <source>Klep staat open</source>
        <translation>Cover open</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="40" />
        <source>Reageert niet</source>
        <translation>Not responding</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="42" />
        <source>Status niet uitgelezen; afdrukken werkt wel</source>
        <translation>Status not read; printing works</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="43" />
        <source>De documentlezer is niet bereikbaar</source>
        <translation>The document reader cannot be reached</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="44" />
        <source>Geen chiplezer gevonden</source>
        <translation>No chip reader found</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="45" />
        <source>Storing bij het uitlezen van de status</source>
        <translation>Fault while reading the status</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/idreader/_protocol.py" line="20" />
        <source>De documentlezer is niet bereikbaar.</source>
        <translation>The document reader cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/idreader/_protocol.py" line="20" />
        <source>Controleer of de documentlezer is aangesloten. Loket probeert het vanzelf opnieuw.</source>
        <translation>Check that the document reader is connected. Loket will try again by itself.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/idreader/mrz.py" line="75" />
        <source>Het document kon niet goed worden gelezen.</source>
        <translation>The document could not be read properly.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/idreader/mrz.py" line="75" />
        <source>Lees het document opnieuw in.</source>
        <translation>Scan the document again.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="101" />
        <source>{device} staat ingesteld als gesimuleerd apparaat. Dat mag alleen in demomodus.</source>
        <translation>{device} is set up as a simulated device. That is only allowed in demo mode.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="101" />
        <source>Stel het echte apparaat in, of start Loket in demomodus.</source>
        <translation>Set up the real device, or start Loket in demo mode.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="110" />
        <source>Er is geen bonprinter ingesteld op deze werkplek.</source>
        <translation>No ticket printer is set up at this workstation.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="110" />
        <source>Er is geen documentlezer ingesteld op deze werkplek.</source>
        <translation>No document reader is set up at this workstation.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="110" />
        <source>Er is geen chiplezer ingesteld op deze werkplek.</source>
        <translation>No chip reader is set up at this workstation.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="110" />
        <location filename="../../workstation/devices/manager.py" line="162" />
        <location filename="../../workstation/devices/printer/errors.py" line="43" />
        <source>Neem contact op met de IT-afdeling.</source>
        <translation>Please contact the IT department.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="162" />
        <source>{device} kan op deze computer niet worden gebruikt.</source>
        <translation>{device} cannot be used on this computer.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="279" />
        <source>Deze documentlezer is geen gesimuleerde lezer.</source>
        <translation>This document reader is not a simulated reader.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="279" />
        <source>Leg een echt document op de documentlezer.</source>
        <translation>Place a real document on the document reader.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/printer/errors.py" line="14" />
        <source>{printer} reageert niet.</source>
        <translation>{printer} is not responding.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/printer/errors.py" line="14" />
        <source>Controleer kabel en stroom en kies Opnieuw afdrukken.</source>
        <translation>Check the cable and power, then choose Print again.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/printer/errors.py" line="25" />
        <source>{printer} heeft geen papier.</source>
        <translation>{printer} is out of paper.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/printer/errors.py" line="25" />
        <source>Vul papier bij en kies Opnieuw afdrukken.</source>
        <translation>Add paper, then choose Print again.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/printer/errors.py" line="32" />
        <source>De klep van {printer} staat open.</source>
        <translation>The cover of {printer} is open.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/printer/errors.py" line="32" />
        <source>Sluit de klep en kies Opnieuw afdrukken.</source>
        <translation>Close the cover, then choose Print again.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/printer/errors.py" line="43" />
        <source>{printer} kan op deze computer niet worden gebruikt.</source>
        <translation>{printer} cannot be used on this computer.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/printer/errors.py" line="59" />
        <source>{printer} heeft de bon niet bevestigd.</source>
        <translation>{printer} did not confirm the ticket.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/printer/errors.py" line="59" />
        <source>Kijk of de bon toch nog uitkomt; kies anders Opnieuw afdrukken.</source>
        <translation>Check whether the ticket comes out after all; otherwise choose Print again.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="99" />
        <source>Dit kan niet: het wachtnummer wacht.</source>
        <translation>This is not possible: the ticket is waiting.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="99" />
        <source>Dit kan niet: het wachtnummer is opgeroepen.</source>
        <translation>This is not possible: the ticket has been called.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="99" />
        <source>Dit kan niet: het wachtnummer wordt geholpen.</source>
        <translation>This is not possible: the ticket is being served.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="99" />
        <source>Dit kan niet: het wachtnummer is afgerond.</source>
        <translation>This is not possible: the ticket has been finished.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="99" />
        <source>Dit kan niet: het wachtnummer is niet verschenen.</source>
        <translation>This is not possible: the ticket was a no-show.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="99" />
        <source>Dit kan niet: het wachtnummer is geannuleerd.</source>
        <translation>This is not possible: the ticket has been cancelled.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="99" />
        <source>Ververs de wachtrij en kies opnieuw.</source>
        <translation>Refresh the queue and choose again.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="128" />
        <source>Vandaag zijn alle {count} wachtnummers van deze dienst uitgegeven.</source>
        <translation>All {count} ticket numbers of this service have been issued today.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="128" />
        <source>Kies een andere dienst of vraag de bezoeker een afspraak te maken.</source>
        <translation>Choose another service or ask the visitor to make an appointment.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="128" />
        <source>Voor deze afspraak is al een wachtnummer uitgegeven.</source>
        <translation>A ticket has already been issued for this appointment.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="128" />
        <source>Vraag de bezoeker naar het wachtnummer of meld u bij de balie.</source>
        <translation>Ask the visitor for the ticket number, or please report to the counter.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="193" />
        <source>U heeft nog een bezoeker.</source>
        <translation>You still have a visitor.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="193" />
        <source>Rond eerst het huidige wachtnummer af of stuur het door.</source>
        <translation>First finish or transfer the current ticket.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="200" />
        <source>Wachtnummer {number} wacht niet meer.</source>
        <translation>Ticket {number} is no longer waiting.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="200" />
        <source>Een collega heeft het misschien al opgeroepen. Kies een ander nummer.</source>
        <translation>A colleague may already have called it. Choose another number.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="269" />
        <source>U kunt een wachtnummer niet naar uw eigen balie doorsturen.</source>
        <translation>You cannot transfer a ticket to your own counter.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="269" />
        <source>Kies een andere balie of een dienst.</source>
        <translation>Choose another counter or a service.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="302" />
        <source>Er is geen wachtnummer bij deze balie.</source>
        <translation>There is no ticket at this counter.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="302" />
        <source>Kies Volgende om een bezoeker op te roepen.</source>
        <translation>Choose Next to call a visitor.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="153" />
        <source>Het instellingenbestand {file} is geen geldig TOML.</source>
        <translation>The settings file {file} is not valid TOML.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="153" />
        <source>Herstel het bestand of zet het voorbeeldbestand terug.</source>
        <translation>Repair the file or put the example file back.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="177" />
        <source>{name} past niet bij de instellingen.</source>
        <translation>{name} does not fit the settings.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="177" />
        <source>Verwijder of corrigeer de omgevingsvariabele.</source>
        <translation>Remove or correct the environment variable.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="199" />
        <location filename="../../workstation/settings.py" line="204" />
        <source>Pas {file} of de LOKET_-omgevingsvariabele aan.</source>
        <translation>Change {file} or the LOKET_ environment variable.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="199" />
        <source>De instellingen kloppen niet: onbekende sleutel '{key}' (waarde {value}); die bestaat niet in versie 1.</source>
        <translation>The settings are not right: unknown key '{key}' (value {value}); it does not exist in version 1.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="204" />
        <source>De instellingen kloppen niet: sleutel '{key}' heeft waarde {value}; toegestaan: {allowed}.</source>
        <translation>The settings are not right: key '{key}' has value {value}; allowed: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="224" />
        <source>Deze computer heeft geen sleutelbos (keyring) voor wachtwoorden.</source>
        <translation>This computer has no keyring for passwords.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="224" />
        <source>Vraag IT een keyring in te richten (Windows: Referentiebeheer; Linux: Secret Service) en het wachtwoord daarin te zetten.</source>
        <translation>Ask IT to set up a keyring (Windows: Credential Manager; Linux: Secret Service) and to put the password in it.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="231" />
        <source>Het wachtwoord kon niet uit de sleutelbos worden gelezen.</source>
        <translation>The password could not be read from the keyring.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="231" />
        <source>Vraag IT de sleutelbos te controleren.</source>
        <translation>Ask IT to check the keyring.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="237" />
        <source>Het wachtwoord '{name}' staat niet in de sleutelbos.</source>
        <translation>The password '{name}' is not in the keyring.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="237" />
        <source>Zet het met: python -m keyring set {service} {name}</source>
        <translation>Set it with: python -m keyring set {service} {name}</translation>
    </message>
    <message>
        <location filename="../../workstation/store/errors.py" line="21" />
        <source>Geen verbinding met de wachtrijdatabase. Er is niets gewijzigd.</source>
        <translation>No connection to the queue database. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/errors.py" line="21" />
        <source>Wacht even; Loket maakt zelf opnieuw verbinding. Probeer het daarna nog eens.</source>
        <translation>Please wait a moment; Loket reconnects by itself. Then try again.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="92" />
        <source>Dienst '{letter}' bestaat niet op deze vestiging.</source>
        <translation>Service '{letter}' does not exist at this location.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="99" />
        <source>Deze dienst bestaat niet meer.</source>
        <translation>This service no longer exists.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="108" />
        <source>Balie {number} bestaat niet op deze vestiging.</source>
        <translation>Counter {number} does not exist at this location.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="115" />
        <source>Medewerkerscode '{code}' is onbekend.</source>
        <translation>Staff code '{code}' is not known.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="139" />
        <source>Deze afspraakcode kennen we niet op deze vestiging.</source>
        <translation>We do not know this appointment code at this location.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="139" />
        <source>Controleer de code in de bevestigingsmail of meld u bij de balie.</source>
        <translation>Check the code in the confirmation email, or please report to the counter.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="189" />
        <source>Dit wachtnummer bestaat niet.</source>
        <translation>This ticket does not exist.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/site_rows.py" line="14" />
        <source>Controleer de instellingen of vraag de beheerder.</source>
        <translation>Check the settings or ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/site_rows.py" line="26" />
        <source>Vestiging '{code}' bestaat niet.</source>
        <translation>Location '{code}' does not exist.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main.py" line="98" />
        <source>Voor een baliewerkplek moet het balienummer ingesteld zijn.</source>
        <translation>A counter workstation needs its counter number set.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main.py" line="98" />
        <source>Zet 'counter = &lt;nummer&gt;' onder [workstation] in het instellingenbestand.</source>
        <translation>Put 'counter = &lt;number&gt;' under [workstation] in the settings file.</translation>
    </message>
</context>
</TS>
