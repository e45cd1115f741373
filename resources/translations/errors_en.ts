<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>UserFacingError</name>
    <message>
        <location filename="../../workstation/cli/audit_commands.py" line="68" />
        <source>De sleutel {file} kan niet worden gelezen.</source>
        <translation>The key {file} cannot be read.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_commands.py" line="68" />
        <source>Controleer het pad naar de privésleutel.</source>
        <translation>Check the path to the private key.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_commands.py" line="81" />
        <source>Regel {record} is niet met deze sleutel versleuteld.</source>
        <translation>Record {record} was not sealed with this key.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_commands.py" line="81" />
        <source>Gebruik de privésleutel die bij de publieke sleutel van de werkplekken hoort.</source>
        <translation>Use the private key that belongs to the workstations' public key.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/contact_commands.py" line="36" />
        <location filename="../../workstation/cli/customer_commands.py" line="50" />
        <location filename="../../workstation/cli/customer_history.py" line="24" />
        <source>{bsn} is geen geldig BSN.</source>
        <translation>{bsn} is not a valid BSN.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/contact_commands.py" line="36" />
        <location filename="../../workstation/cli/customer_commands.py" line="50" />
        <location filename="../../workstation/cli/customer_history.py" line="24" />
        <source>Controleer de negen cijfers.</source>
        <translation>Check the nine digits.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/customer_commands.py" line="57" />
        <source>Zoeken met * kan pas na drie letters van de achternaam.</source>
        <translation>Searching with * only works after three letters of the surname.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/customer_commands.py" line="57" />
        <source>Typ meer letters van de achternaam.</source>
        <translation>Type more letters of the surname.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/customer_commands.py" line="63" />
        <source>Zoeken op adres vraagt een postcode (1234AB) en een huisnummer.</source>
        <translation>Searching by address needs a postcode (1234AB) and a house number.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/customer_commands.py" line="63" />
        <source>Geef --postcode en --number op.</source>
        <translation>Give --postcode and --number.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/customer_commands.py" line="73" />
        <source>Zoeken op naam vraagt ook de geboortedatum (JJJJ-MM-DD).</source>
        <translation>Searching by name also needs the date of birth (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/customer_commands.py" line="73" />
        <source>Geef --birth op, bijvoorbeeld --birth 1985-12-01.</source>
        <translation>Give --birth, for example --birth 1985-12-01.</translation>
    </message>
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
        <location filename="../../workstation/demo_seed.py" line="76" />
        <source>Deze database bevat al een andere site (gemeente {codes}); de demo laat die ongemoeid.</source>
        <translation>This database already holds another site (municipality {codes}); the demo leaves it alone.</translation>
    </message>
    <message>
        <location filename="../../workstation/demo_seed.py" line="76" />
        <source>Gebruik een lege database voor de demo, of start zonder --demo.</source>
        <translation>Use an empty database for the demo, or start without --demo.</translation>
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
        <location filename="../../workstation/devices/cardreader/reader.py" line="50" />
        <source>De kaart is tijdens het lezen weggehaald.</source>
        <translation>The card was removed while it was being read.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="50" />
        <source>Leg het document opnieuw op de chiplezer.</source>
        <translation>Place the document on the chip reader again.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="58" />
        <source>De chip weigert toegang met deze documentgegevens.</source>
        <translation>The chip refuses access with these document details.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="58" />
        <location filename="../../workstation/devices/cardreader/reader.py" line="88" />
        <source>Scan het document opnieuw met de documentlezer en probeer het nog eens.</source>
        <translation>Scan the document again with the document reader and try once more.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="66" />
        <source>De chip van dit document gebruikt een beveiliging die Loket niet kent.</source>
        <translation>The chip of this document uses a protection Loket does not know.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="66" />
        <source>Controleer het document op een andere manier.</source>
        <translation>Check the document in another way.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="74" />
        <location filename="../../workstation/wiring/device_board.py" line="131" />
        <source>De chip gaf een onverwacht antwoord.</source>
        <translation>The chip gave an unexpected answer.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="74" />
        <location filename="../../workstation/wiring/device_board.py" line="131" />
        <source>Probeer het opnieuw.</source>
        <translation>Please try again.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="80" />
        <source>Op de chiplezer ligt geen paspoort of identiteitskaart met chip.</source>
        <translation>There is no passport or ID card with a chip on the chip reader.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="80" />
        <source>Leg het document met de chip op de chiplezer.</source>
        <translation>Place the document with the chip on the chip reader.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="88" />
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
        <source>Niet te controleren: de chip heeft geen ondertekening gegeven.</source>
        <translation>Cannot be checked: the chip gave no signature.</translation>
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
        <location filename="../../workstation/devices/idreader/_protocol.py" line="22" />
        <source>De documentlezer is niet bereikbaar.</source>
        <translation>The document reader cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/idreader/_protocol.py" line="22" />
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
        <location filename="../../workstation/devices/manager.py" line="288" />
        <source>Deze documentlezer is geen gesimuleerde lezer.</source>
        <translation>This document reader is not a simulated reader.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="288" />
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
        <location filename="../../workstation/domain/appointment_file.py" line="58" />
        <source>Het afsprakenbestand bevat {count} fout(en); er is niets ingelezen.</source>
        <translation>The appointment file has {count} error(s); nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointment_file.py" line="58" />
        <source>Verbeter de fouten hieronder en lees het bestand opnieuw in.</source>
        <translation>Correct the errors below and import the file again.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointment_file.py" line="102" />
        <source>Het bestand is leeg.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointment_file.py" line="107" />
        <source>Onbekende kolom '{title}'. Verwacht: datum, tijd, dienst, boekingscode en eventueel naam en vestiging.</source>
        <translation>Unknown column '{title}'. Expected: date, time, service, booking code and optionally name and location.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointment_file.py" line="114" />
        <source>De kopregel mist de kolom(men) {columns}.</source>
        <translation>The header row lacks the column(s) {columns}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointment_file.py" line="138" />
        <source>'{value}' is geen datum. Schrijf 2026-11-30 of 30-11-2026.</source>
        <translation>'{value}' is not a date. Write 2026-11-30 or 30-11-2026.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointment_file.py" line="143" />
        <source>'{value}' is geen tijd. Schrijf 09:30.</source>
        <translation>'{value}' is not a time. Write 09:30.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointment_file.py" line="146" />
        <source>De dienst ontbreekt.</source>
        <translation>The service is missing.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointment_file.py" line="148" />
        <source>De boekingscode ontbreekt.</source>
        <translation>The booking code is missing.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointment_file.py" line="186" />
        <source>{day} {time} bestaat niet: dan gaat de klok een uur vooruit (zomertijd).</source>
        <translation>{day} {time} does not exist: the clocks go forward an hour then (summer time).</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointment_file.py" line="237" />
        <source>Deze regel is geen iCalendar-eigenschap (NAAM:waarde).</source>
        <translation>This line is not an iCalendar property (NAME:value).</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointment_file.py" line="277" />
        <source>Deze afspraak heeft geen boekingscode (X-LOKET-BOOKING-CODE of een regel 'Boekingscode: ...' in DESCRIPTION).</source>
        <translation>This appointment has no booking code (X-LOKET-BOOKING-CODE or a line 'Boekingscode: ...' in DESCRIPTION).</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointment_file.py" line="281" />
        <source>Deze afspraak heeft geen dienst (X-LOKET-SERVICE of SUMMARY).</source>
        <translation>This appointment has no service (X-LOKET-SERVICE or SUMMARY).</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointment_file.py" line="294" />
        <source>Deze afspraak heeft geen DTSTART.</source>
        <translation>This appointment has no DTSTART.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointment_file.py" line="300" />
        <source>DTSTART '{value}' is geen tijdstip; een afspraak voor een hele dag kan niet.</source>
        <translation>DTSTART '{value}' is not a moment; an all-day appointment is not possible.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointment_file.py" line="308" />
        <source>DTSTART '{value}' is geen bestaande datum of tijd.</source>
        <translation>DTSTART '{value}' is not an existing date or time.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointment_file.py" line="319" />
        <source>Onbekende tijdzone '{zone}'. Gebruik Europe/Amsterdam of UTC.</source>
        <translation>Unknown time zone '{zone}'. Use Europe/Amsterdam or UTC.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointments.py" line="91" />
        <source>Uw afspraak is op {date} om {time}, niet vandaag.</source>
        <translation>Your appointment is on {date} at {time}, not today.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointments.py" line="91" />
        <source>Kom op de dag van uw afspraak terug. Wilt u vandaag geholpen worden? Vraag bij de ontvangst om een wachtnummer.</source>
        <translation>Come back on the day of your appointment. Would you like help today? Ask reception for a queue ticket.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointments.py" line="99" />
        <source>Uw afspraak is om {time}. U kunt zich vanaf {from_time} melden.</source>
        <translation>Your appointment is at {time}. You can check in from {from_time}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointments.py" line="99" />
        <source>Kom dan terug, of vraag bij de ontvangst om een wachtnummer.</source>
        <translation>Come back then, or ask reception for a queue ticket.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointments.py" line="106" />
        <source>Uw afspraak was om {time}. Aanmelden kon tot {until}.</source>
        <translation>Your appointment was at {time}. Check-in was possible until {until}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/appointments.py" line="106" />
        <source>Meld u bij de ontvangst; daar krijgt u een gewoon wachtnummer.</source>
        <translation>Please go to reception; they will give you an ordinary queue ticket.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/kto.py" line="65" />
        <source>Een rapportcijfer is een heel getal van 1 tot en met 10.</source>
        <translation>A mark is a whole number from 1 to 10.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/kto.py" line="65" />
        <source>Kies een cijfer van 1 tot en met 10.</source>
        <translation>Choose a number from 1 to 10.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="142" />
        <source>Dit kan niet: het wachtnummer wacht.</source>
        <translation>This is not possible: the ticket is waiting.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="142" />
        <source>Dit kan niet: het wachtnummer is opgeroepen.</source>
        <translation>This is not possible: the ticket has been called.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="142" />
        <source>Dit kan niet: het wachtnummer wordt geholpen.</source>
        <translation>This is not possible: the ticket is being served.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="142" />
        <source>Dit kan niet: het wachtnummer is afgerond.</source>
        <translation>This is not possible: the ticket has been finished.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="142" />
        <source>Dit kan niet: het wachtnummer is niet verschenen.</source>
        <translation>This is not possible: the ticket was a no-show.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="142" />
        <source>Dit kan niet: het wachtnummer is geannuleerd.</source>
        <translation>This is not possible: the ticket has been cancelled.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="142" />
        <source>Dit kan niet: het wachtnummer is geparkeerd.</source>
        <translation>This is not possible: the ticket is parked.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="142" />
        <source>Dit kan niet: de dag van dit wachtnummer is gesloten.</source>
        <translation>This is not possible: the day of this ticket has been closed.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="142" />
        <source>Ververs de wachtrij en kies opnieuw.</source>
        <translation>Refresh the queue and choose again.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="205" />
        <source>Vandaag zijn alle {count} wachtnummers van deze dienst uitgegeven.</source>
        <translation>All {count} ticket numbers of this service have been issued today.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/queue.py" line="205" />
        <source>Kies een andere dienst of vraag de bezoeker een afspraak te maken.</source>
        <translation>Choose another service or ask the visitor to make an appointment.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="120" />
        <source>Het sitebestand bevat {count} fout(en); er is niets gewijzigd.</source>
        <translation>The site file has {count} error(s); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="120" />
        <source>Verbeter de fouten hieronder en voer de import opnieuw uit.</source>
        <translation>Correct the errors below and run the import again.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="138" />
        <source>Dit is geen geldige TOML: {reason}.</source>
        <translation>This is not valid TOML: {reason}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="200" />
        <source>schema_version moet {expected} zijn (deze versie van Loket).</source>
        <translation>schema_version must be {expected} (this version of Loket).</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="203" />
        <source>Gemeentecode {key} staat meer dan eens in het bestand.</source>
        <translation>Municipality code {key} appears more than once in the file.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="209" />
        <source>Vestigingscode {key} staat meer dan eens in het bestand.</source>
        <translation>Location code {key} appears more than once in the file.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="214" />
        <source>Medewerkerscode {key} staat meer dan eens in het bestand.</source>
        <translation>Staff code {key} appears more than once in the file.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="229" />
        <source>Een gemeentecode (CBS) is vier cijfers, zoals "0748".</source>
        <translation>A municipality code (CBS) is four digits, such as "0748".</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="233" />
        <source>Een RSIN is negen cijfers die voldoen aan de elfproef.</source>
        <translation>An RSIN is nine digits that pass the eleven test.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="239" />
        <source>Schrijf een kleur als #RRGGBB, zoals "#B0182F".</source>
        <translation>Write a colour as #RRGGBB, such as "#B0182F".</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="244" />
        <source>Logo '{logo}' bestaat niet in de resources van Loket.</source>
        <translation>Logo '{logo}' does not exist in Loket's resources.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="258" />
        <source>Een vestigingscode is 1 tot 20 hoofdletters, cijfers of streepjes, zoals "BOZ".</source>
        <translation>A location code is 1 to 20 capital letters, digits or dashes, such as "BOZ".</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="262" />
        <source>Gemeente {code} staat niet in dit bestand.</source>
        <translation>Municipality {code} is not in this file.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="264" />
        <source>Dienst {key} staat meer dan eens bij deze vestiging.</source>
        <translation>Service {key} appears more than once at this location.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="270" />
        <source>Balie {key} staat meer dan eens bij deze vestiging.</source>
        <translation>Counter {key} appears more than once at this location.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="294" />
        <source>Een dienstletter is één hoofdletter van A tot en met Z.</source>
        <translation>A service letter is one capital letter from A to Z.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="298" />
        <source>Hier hoort true of false.</source>
        <translation>This must be true or false.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="310" />
        <source>Hier hoort een lijst met dienstletters, zoals ["A", "B"].</source>
        <translation>This must be a list of service letters, such as ["A", "B"].</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="315" />
        <source>Dienst {letter} bestaat niet bij deze vestiging.</source>
        <translation>Service {letter} does not exist at this location.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="323" />
        <source>Schrijf openingstijden als een tabel per dag, zoals mon = ["08:30-17:00"].</source>
        <translation>Write opening hours as a table per day, such as mon = ["08:30-17:00"].</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="329" />
        <source>Onbekende dag '{day}'. Gebruik mon, tue, wed, thu, fri, sat of sun.</source>
        <translation>Unknown day '{day}'. Use mon, tue, wed, thu, fri, sat or sun.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="334" />
        <source>Schrijf openingstijden als ["08:30-12:00", "13:00-17:00"].</source>
        <translation>Write opening hours as ["08:30-12:00", "13:00-17:00"].</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="343" />
        <source>De openingstijden {first} en {second} overlappen.</source>
        <translation>The opening hours {first} and {second} overlap.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="353" />
        <source>'{text}' is geen openingstijd. Schrijf die als "08:30-17:00".</source>
        <translation>'{text}' is not an opening time. Write it as "08:30-17:00".</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="358" />
        <source>De sluitingstijd {closes} ligt niet na de openingstijd {opens}.</source>
        <translation>The closing time {closes} is not after the opening time {opens}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="367" />
        <source>Een medewerkerscode is 1 tot 20 kleine letters, cijfers, punten of streepjes, zoals "mw01".</source>
        <translation>A staff code is 1 to 20 lower-case letters, digits, dots or dashes, such as "mw01".</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="371" />
        <source>Hier hoort een lijst met rollen, zoals ["counter", "reception"].</source>
        <translation>This must be a list of roles, such as ["counter", "reception"].</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="376" />
        <source>Onbekende rol '{role}'. Kies uit reception, counter, phone, supervisor en admin.</source>
        <translation>Unknown role '{role}'. Choose from reception, counter, phone, supervisor and admin.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="379" />
        <source>Een medewerker heeft minstens één rol.</source>
        <translation>A staff member has at least one role.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="388" />
        <source>Onbekende sleutel '{key}'. Bedoelt u een van: {known}?</source>
        <translation>Unknown key '{key}'. Did you mean one of: {known}?</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="397" />
        <source>Schrijf dit als een lijst van tabellen: [[{name}]].</source>
        <translation>Write this as an array of tables: [[{name}]].</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="422" />
        <location filename="../../workstation/domain/site_file.py" line="438" />
        <source>Sleutel '{key}' ontbreekt.</source>
        <translation>Key '{key}' is missing.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="426" />
        <source>Hier hoort tekst tussen aanhalingstekens.</source>
        <translation>This must be text in quotes.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="429" />
        <source>Deze tekst mag niet leeg zijn.</source>
        <translation>This text must not be empty.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="431" />
        <source>Deze tekst is langer dan {limit} tekens.</source>
        <translation>This text is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="443" />
        <source>Hier hoort een geheel getal van {low} tot en met {high}.</source>
        <translation>This must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="98" />
        <source>Er is niemand aangemeld op deze werkplek.</source>
        <translation>Nobody is signed in at this workstation.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="98" />
        <source>Meld u aan met uw medewerkerscode en pincode.</source>
        <translation>Sign in with your staff code and PIN.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="104" />
        <source>U mag dit niet met uw rol.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="104" />
        <source>Vraag een teamleider of de beheerder.</source>
        <translation>Ask a supervisor or the administrator.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="129" />
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="129" />
        <source>Typ dezelfde nieuwe pincode twee keer.</source>
        <translation>Type the same new PIN twice.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="132" />
        <location filename="../../workstation/domain/staff.py" line="136" />
        <source>Kies een pincode van {low} tot {high} cijfers.</source>
        <translation>Choose a PIN of {low} to {high} digits.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="132" />
        <source>Een pincode bestaat alleen uit cijfers.</source>
        <translation>A PIN consists of digits only.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="136" />
        <source>Een pincode heeft {low} tot {high} cijfers.</source>
        <translation>A PIN has {low} to {high} digits.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="141" />
        <source>Deze pincode is te makkelijk te raden.</source>
        <translation>This PIN is too easy to guess.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="141" />
        <source>Kies cijfers zonder vaste reeks of herhaling.</source>
        <translation>Choose digits without a fixed sequence or repetition.</translation>
    </message>
    <message>
        <location filename="../../workstation/kcc.py" line="111" />
        <source>Er is geen personenregister (BRP) ingericht.</source>
        <translation>No person register (BRP) is configured.</translation>
    </message>
    <message>
        <location filename="../../workstation/kcc.py" line="111" />
        <source>Vraag IT de sectie [brp] in te vullen.</source>
        <translation>Ask IT to fill in the [brp] section.</translation>
    </message>
    <message>
        <location filename="../../workstation/kcc.py" line="157" />
        <source>De sleutel voor de protocollering ({file}) kan niet worden gelezen.</source>
        <translation>The audit key ({file}) cannot be read.</translation>
    </message>
    <message>
        <location filename="../../workstation/kcc.py" line="157" />
        <source>Vraag IT het bestand met de publieke sleutel van de privacyfunctionaris terug te zetten.</source>
        <translation>Ask IT to restore the file with the privacy officer's public key.</translation>
    </message>
    <message>
        <location filename="../../workstation/kcc.py" line="166" />
        <source>De protocollering is niet ingericht, dus Loket zoekt geen personen op.</source>
        <translation>Audit logging is not configured, so Loket does not look up persons.</translation>
    </message>
    <message>
        <location filename="../../workstation/kcc.py" line="166" />
        <source>Vraag IT [audit] public_key_file in te stellen op de publieke sleutel van de privacyfunctionaris.</source>
        <translation>Ask IT to set [audit] public_key_file to the privacy officer's public key.</translation>
    </message>
    <message>
        <location filename="../../workstation/registries.py" line="30" />
        <source>Het zaaksysteem is maar half ingesteld: {missing} ontbreekt.</source>
        <translation>The case registry is only partly configured: {missing} is missing.</translation>
    </message>
    <message>
        <location filename="../../workstation/registries.py" line="30" />
        <source>Vraag IT de sectie [zaken] aan te vullen.</source>
        <translation>Ask IT to complete the [zaken] section.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/alarm_service.py" line="97" />
        <source>Alleen wie het alarm gaf of een teamleider kan het alarm sluiten.</source>
        <translation>Only the person who raised the alarm or a team lead can close it.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/alarm_service.py" line="97" />
        <source>Ga erheen en laat uw collega het alarm sluiten als alles veilig is.</source>
        <translation>Go there and let your colleague close the alarm when everything is safe.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/alarm_service.py" line="112" />
        <source>Dit alarm is al gesloten.</source>
        <translation>This alarm has already been closed.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/alarm_service.py" line="112" />
        <source>Er is geen hulp meer nodig.</source>
        <translation>No more help is needed.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/appointment_import.py" line="126" />
        <source>Bij deze afspraak staat geen vestiging. Geef --location mee of zet een kolom vestiging in het bestand.</source>
        <translation>This appointment names no location. Pass --location or add a location column to the file.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/appointment_import.py" line="134" />
        <source>Vestiging '{location}' bestaat niet.</source>
        <translation>Location '{location}' does not exist.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/appointment_import.py" line="139" />
        <source>Dienst '{service}' bestaat niet bij vestiging {location}.</source>
        <translation>Service '{service}' does not exist at location {location}.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/appointment_import.py" line="144" />
        <source>Boekingscode '{code}' kan niet: gebruik 6 tot 20 letters en cijfers, eventueel met streepjes.</source>
        <translation>Booking code '{code}' is not possible: use 6 to 20 letters and digits, optionally with dashes.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/appointment_import.py" line="144" />
        <source>Boekingscode '{code}' is te makkelijk te raden (te kort, of een kort getal zoals 1234). Laat het boekingssysteem langere codes maken.</source>
        <translation>Booking code '{code}' is too easy to guess (too short, or a short number such as 1234). Have the booking system make longer codes.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/appointment_import.py" line="147" />
        <source>Boekingscode '{code}' staat ook op regel {other}.</source>
        <translation>Booking code '{code}' is also on line {other}.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/appointment_import.py" line="152" />
        <source>De naam is langer dan {limit} tekens.</source>
        <translation>The name is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/customer_service.py" line="110" />
        <source>Er is geen persoon gevonden met dit BSN.</source>
        <translation>No person was found with this BSN.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/customer_service.py" line="110" />
        <source>Controleer het nummer, of zoek op naam en geboortedatum.</source>
        <translation>Check the number, or search by name and date of birth.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/deferred_devices.py" line="93" />
        <source>De bonprinter is niet gestart; het wachtnummer is niet afgedrukt.</source>
        <translation>The ticket printer has not started; the ticket was not printed.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/deferred_devices.py" line="93" />
        <source>Start Loket opnieuw en druk het wachtnummer opnieuw af.</source>
        <translation>Start Loket again and print the ticket again.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="162" />
        <source>Wachtnummer {number} is niet meer in gebruik.</source>
        <translation>Ticket {number} is no longer in use.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="162" />
        <source>Geef de bezoeker zo nodig een nieuw wachtnummer.</source>
        <translation>Give the visitor a new ticket if needed.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="187" />
        <source>Voor deze afspraak is al een wachtnummer uitgegeven.</source>
        <translation>A ticket has already been issued for this appointment.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="187" />
        <source>Vraag de bezoeker naar het wachtnummer of meld u bij de balie.</source>
        <translation>Ask the visitor for the ticket number, or please report to the counter.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="265" />
        <source>Balie {number} heeft pauze.</source>
        <translation>Counter {number} is on a break.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="265" />
        <source>Kies Hervatten om weer bezoekers op te roepen.</source>
        <translation>Choose Resume to call visitors again.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="278" />
        <location filename="../../workstation/services/queue_service.py" line="460" />
        <location filename="../../workstation/store/queue_uow.py" line="55" />
        <source>U heeft nog een bezoeker.</source>
        <translation>You still have a visitor.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="278" />
        <location filename="../../workstation/store/queue_uow.py" line="55" />
        <source>Rond eerst het huidige wachtnummer af of stuur het door.</source>
        <translation>First finish or transfer the current ticket.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="285" />
        <source>Wachtnummer {number} wacht niet meer.</source>
        <translation>Ticket {number} is no longer waiting.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="285" />
        <source>Een collega heeft het misschien al opgeroepen. Kies een ander nummer.</source>
        <translation>A colleague may already have called it. Choose another number.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="293" />
        <source>Wachtnummer {number} is van een eerdere dag.</source>
        <translation>Ticket {number} is from an earlier day.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="293" />
        <source>Sluit die dag af (queue close-day) en geef de bezoeker een nieuw nummer.</source>
        <translation>Close that day (queue close-day) and give the visitor a new number.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="359" />
        <source>Wachtnummer {number} kan niet meer worden teruggezet.</source>
        <translation>Ticket {number} can no longer be taken back.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="359" />
        <source>Er is na het afronden al iets anders mee gebeurd. Kijk in de lijst Vandaag wat de laatste stand is.</source>
        <translation>Something else has happened to it since. See the Today list for its latest state.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="366" />
        <source>De minuut om {number} terug te zetten is voorbij.</source>
        <translation>The minute to take back {number} has passed.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="366" />
        <source>Komt de bezoeker toch terug? Laat de ontvangst een nieuw wachtnummer geven.</source>
        <translation>Is the visitor back after all? Ask reception for a new ticket.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="373" />
        <source>U heeft al een volgende bezoeker; {number} kan niet terug.</source>
        <translation>You already have a next visitor; {number} cannot come back.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="373" />
        <source>Rond eerst de huidige bezoeker af of stuur die door.</source>
        <translation>Finish or transfer the current visitor first.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="404" />
        <source>U kunt een wachtnummer niet naar uw eigen balie doorsturen.</source>
        <translation>You cannot transfer a ticket to your own counter.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="404" />
        <source>Kies een andere balie of een dienst.</source>
        <translation>Choose another counter or a service.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="460" />
        <source>Rond eerst het huidige wachtnummer af of parkeer het.</source>
        <translation>First finish or park the current ticket.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="467" />
        <source>Wachtnummer {number} is bij een andere balie geparkeerd.</source>
        <translation>Ticket {number} is parked at another counter.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="467" />
        <source>De bezoeker gaat terug naar die balie.</source>
        <translation>The visitor goes back to that counter.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="552" />
        <source>Dit wachtnummer hoort bij een balie die nog werkt.</source>
        <translation>This ticket belongs to a counter that is still working.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="552" />
        <source>Vraag de collega aan die balie het af te ronden.</source>
        <translation>Ask the colleague at that counter to finish it.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="579" />
        <source>Er is geen wachtnummer bij deze balie.</source>
        <translation>There is no ticket at this counter.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="579" />
        <source>Kies Volgende om een bezoeker op te roepen.</source>
        <translation>Choose Next to call a visitor.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/staff_service.py" line="66" />
        <source>Medewerkerscode of pincode klopt niet.</source>
        <translation>Staff code or PIN is not correct.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/staff_service.py" line="66" />
        <source>Probeer het opnieuw. Na 5 verkeerde pincodes gaat uw code 5 minuten op slot.</source>
        <translation>Try again. After 5 wrong PINs your code is locked for 5 minutes.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/staff_service.py" line="102" />
        <source>U heeft nog geen pincode.</source>
        <translation>You do not have a PIN yet.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/staff_service.py" line="102" />
        <source>Kies een nieuwe pincode en typ die twee keer.</source>
        <translation>Choose a new PIN and type it twice.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/staff_service.py" line="129" />
        <source>U heeft al een pincode.</source>
        <translation>You already have a PIN.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/staff_service.py" line="129" />
        <source>Meld u aan met uw pincode.</source>
        <translation>Sign in with your PIN.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/staff_service.py" line="140" />
        <source>U mag met uw rol niet op deze werkplek werken.</source>
        <translation>Your role does not allow you to work at this workstation.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/staff_service.py" line="140" />
        <source>Meld u aan op een werkplek voor uw rol, of vraag de beheerder.</source>
        <translation>Sign in at a workstation for your role, or ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/staff_service.py" line="165" />
        <source>Te vaak een verkeerde pincode. Uw code is geblokkeerd tot {until}.</source>
        <translation>Too many wrong PINs. Your code is locked until {until}.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/staff_service.py" line="165" />
        <source>Probeer het daarna opnieuw, of vraag een teamleider de blokkade op te heffen.</source>
        <translation>Try again after that, or ask a supervisor to lift the lock.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/staff_service.py" line="223" />
        <source>Er is niemand aangemeld aan balie {number}.</source>
        <translation>Nobody is signed in at counter {number}.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/staff_service.py" line="223" />
        <source>Meld u opnieuw aan.</source>
        <translation>Sign in again.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/supervisor_service.py" line="121" />
        <source>Een tickerbericht heeft ten hoogste {limit} tekens.</source>
        <translation>A ticker message has at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/supervisor_service.py" line="121" />
        <source>Maak het bericht korter.</source>
        <translation>Make the message shorter.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/supervisor_service.py" line="127" />
        <source>Het bericht lijkt een burgerservicenummer of documentnummer te bevatten.</source>
        <translation>The message seems to contain a citizen service number or document number.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/supervisor_service.py" line="127" />
        <source>Zet geen persoonsgegevens op het scherm in de hal.</source>
        <translation>Do not put personal data on the screen in the hall.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="366" />
        <source>Het instellingenbestand {file} kan niet worden gelezen.</source>
        <translation>The settings file {file} cannot be read.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="366" />
        <source>Vraag IT dit bestand leesbaar te maken voor elke gebruiker van deze computer.</source>
        <translation>Ask IT to make this file readable for every user of this computer.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="375" />
        <source>Het instellingenbestand {file} is geen geldig TOML.</source>
        <translation>The settings file {file} is not valid TOML.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="375" />
        <source>Herstel het bestand of zet het voorbeeldbestand terug.</source>
        <translation>Repair the file or put the example file back.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="408" />
        <source>{name} past niet bij de instellingen.</source>
        <translation>{name} does not fit the settings.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="408" />
        <source>Verwijder of corrigeer de omgevingsvariabele.</source>
        <translation>Remove or correct the environment variable.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="467" />
        <location filename="../../workstation/settings.py" line="472" />
        <source>Pas {file} of de LOKET_-omgevingsvariabele aan.</source>
        <translation>Change {file} or the LOKET_ environment variable.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="467" />
        <source>De instellingen kloppen niet: onbekende sleutel '{key}' (waarde {value}); die bestaat niet in versie 1.</source>
        <translation>The settings are not right: unknown key '{key}' (value {value}); it does not exist in version 1.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="472" />
        <source>De instellingen kloppen niet: sleutel '{key}' heeft waarde {value}; toegestaan: {allowed}.</source>
        <translation>The settings are not right: key '{key}' has value {value}; allowed: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="492" />
        <source>Deze computer heeft geen sleutelbos (keyring) voor wachtwoorden.</source>
        <translation>This computer has no keyring for passwords.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="492" />
        <source>Vraag IT een keyring in te richten (Windows: Referentiebeheer; Linux: Secret Service) en het wachtwoord daarin te zetten.</source>
        <translation>Ask IT to set up a keyring (Windows: Credential Manager; Linux: Secret Service) and to put the password in it.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="499" />
        <source>Het wachtwoord kon niet uit de sleutelbos worden gelezen.</source>
        <translation>The password could not be read from the keyring.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="499" />
        <source>Vraag IT de sleutelbos te controleren.</source>
        <translation>Ask IT to check the keyring.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="505" />
        <source>Het wachtwoord '{name}' staat niet in de sleutelbos.</source>
        <translation>The password '{name}' is not in the keyring.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="505" />
        <source>Zet het met: python -m keyring set {service} {name}</source>
        <translation>Set it with: python -m keyring set {service} {name}</translation>
    </message>
    <message>
        <location filename="../../workstation/store/alarm_store.py" line="113" />
        <source>Dit alarm bestaat niet.</source>
        <translation>This alarm does not exist.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/errors.py" line="71" />
        <source>De wachtrijdatabase is beschadigd of hoort bij een andere versie van Loket. Er is niets gewijzigd.</source>
        <translation>The queue database is damaged or belongs to another version of Loket. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/errors.py" line="71" />
        <source>Meld het bij IT. Loket gaat vanzelf verder zodra de database hersteld is.</source>
        <translation>Report it to IT. Loket carries on by itself as soon as the database has been repaired.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/errors.py" line="77" />
        <source>Geen verbinding met de wachtrijdatabase. Er is niets gewijzigd.</source>
        <translation>No connection to the queue database. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/errors.py" line="77" />
        <source>Wacht even; Loket maakt zelf opnieuw verbinding. Probeer het daarna nog eens.</source>
        <translation>Please wait a moment; Loket reconnects by itself. Then try again.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/errors.py" line="85" />
        <source>De wachtrijdatabase is bezet door een ander programma. Er is niets gewijzigd.</source>
        <translation>The queue database is held by another program. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/errors.py" line="85" />
        <source>Probeer het zo nog eens. Blijft dit zo, meld het dan bij IT.</source>
        <translation>Try again in a moment. If this goes on, report it to IT.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/local/embedded_registry.py" line="168" />
        <source>Het terugbelverzoek hoort bij een contact dat niet bestaat.</source>
        <translation>The callback request belongs to a contact that does not exist.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/local/embedded_registry.py" line="168" />
        <source>Registreer het contact opnieuw en maak daarna het terugbelverzoek.</source>
        <translation>Record the contact again, then make the callback request.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/local/embedded_registry.py" line="199" />
        <source>De registratie weigert dit: het veld {field} is ongeldig.</source>
        <translation>The registry refuses this: the field {field} is invalid.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/local/embedded_registry.py" line="199" />
        <source>Controleer de invoer; het item blijft geparkeerd tot iemand het herstelt.</source>
        <translation>Check the input; the item stays parked until someone fixes it.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/local/relay_lock.py" line="35" />
        <source>De synchronisatie draait al op deze werkplek.</source>
        <translation>Synchronisation is already running on this workstation.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/local/relay_lock.py" line="35" />
        <source>Sluit het andere Loket-venster of de andere 'sync run', of wacht tot die klaar is.</source>
        <translation>Close the other Loket window or the other 'sync run', or wait until it is done.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="98" />
        <source>Dienst '{letter}' bestaat niet op deze vestiging.</source>
        <translation>Service '{letter}' does not exist at this location.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="105" />
        <source>Deze dienst bestaat niet meer.</source>
        <translation>This service no longer exists.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="114" />
        <source>Balie {number} bestaat niet op deze vestiging.</source>
        <translation>Counter {number} does not exist at this location.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="121" />
        <location filename="../../workstation/store/staff_repository.py" line="29" />
        <source>Medewerkerscode '{code}' is onbekend.</source>
        <translation>Staff code '{code}' is not known.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="149" />
        <source>Deze afspraakcode kennen we niet op deze vestiging.</source>
        <translation>We do not know this appointment code at this location.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="149" />
        <source>Controleer de code in de bevestigingsmail of meld u bij de balie.</source>
        <translation>Check the code in the confirmation email, or please report to the counter.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="221" />
        <source>Dit wachtnummer bestaat niet.</source>
        <translation>This ticket does not exist.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="389" />
        <source>Wachtnummer {number} bestaat vandaag niet op deze vestiging.</source>
        <translation>Ticket {number} does not exist today at this location.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/schema.py" line="82" />
        <location filename="../../workstation/store/schema.py" line="89" />
        <source>Vraag IT om '{command}' uit te voeren en start Loket daarna opnieuw.</source>
        <translation>Ask IT to run '{command}', then start Loket again.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/schema.py" line="82" />
        <source>De wachtrijdatabase is nog niet ingericht (geen schemaversie); Loket {app} verwacht schemaversie {expected}.</source>
        <translation>The queue database has not been set up yet (no schema version); Loket {app} expects schema version {expected}.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/schema.py" line="89" />
        <source>De wachtrijdatabase heeft schemaversie {database}, maar Loket {app} verwacht schemaversie {expected}.</source>
        <translation>The queue database has schema version {database}, but Loket {app} expects schema version {expected}.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/schema.py" line="96" />
        <source>De wachtrijdatabase heeft schemaversie {database}, nieuwer dan Loket {app} kent (schemaversie {expected}).</source>
        <translation>The queue database has schema version {database}, newer than Loket {app} knows (schema version {expected}).</translation>
    </message>
    <message>
        <location filename="../../workstation/store/schema.py" line="96" />
        <source>Vraag IT om deze computer bij te werken naar dezelfde Loket-versie als de database.</source>
        <translation>Ask IT to update this computer to the same Loket version as the database.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/site_audit.py" line="35" />
        <source>De sitedatabase is niet bereikbaar voor de protocollering.</source>
        <translation>The site database cannot be reached for the audit log.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/site_audit.py" line="35" />
        <source>Loket probeert het later opnieuw.</source>
        <translation>Loket will try again later.</translation>
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
        <location filename="../../workstation/store/site_uow.py" line="198" />
        <source>Vestiging {code} heeft al wachtnummers of afspraken en kan niet uit het sitebestand verdwijnen.</source>
        <translation>Location {code} already has queue tickets or appointments and cannot disappear from the site file.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/site_uow.py" line="198" />
        <source>Zet de vestiging terug in het bestand; er is niets gewijzigd.</source>
        <translation>Put the location back in the file; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/brp_client.py" line="262" />
        <source>Het personenregister (BRP) antwoordt niet op tijd.</source>
        <translation>The population register (BRP) does not answer in time.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/brp_client.py" line="262" />
        <source>Probeer het over een minuut opnieuw.</source>
        <translation>Try again in a minute.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/brp_client.py" line="267" />
        <source>Het personenregister (BRP) is niet bereikbaar.</source>
        <translation>The population register (BRP) cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/brp_client.py" line="267" />
        <location filename="../../workstation/sync/brp_client.py" line="284" />
        <source>Probeer het over een minuut opnieuw; blijft het zo, bel dan IT.</source>
        <translation>Try again in a minute; if it stays like this, call IT.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/brp_client.py" line="284" />
        <source>Het personenregister (BRP) heeft een storing.</source>
        <translation>The population register (BRP) has a fault.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/brp_client.py" line="288" />
        <source>Loket mag het personenregister (BRP) niet raadplegen.</source>
        <translation>Loket is not allowed to consult the population register (BRP).</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/brp_client.py" line="288" />
        <source>Bel IT: de sleutel of de autorisatie voor de BRP is niet in orde.</source>
        <translation>Call IT: the key or the authorisation for the BRP is not in order.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/brp_client.py" line="291" />
        <location filename="../../workstation/sync/embedded_brp.py" line="62" />
        <source>Het personenregister (BRP) weigert deze vraag.</source>
        <translation>The population register (BRP) refuses this question.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/brp_client.py" line="291" />
        <location filename="../../workstation/sync/embedded_brp.py" line="62" />
        <source>Controleer wat u hebt ingevuld; blijft het zo, bel dan IT.</source>
        <translation>Check what you entered; if it stays like this, call IT.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/klantinteracties_client.py" line="185" />
        <source>Het klantcontact van dit terugbelverzoek bestaat niet in het klantcontactsysteem.</source>
        <translation>The customer contact of this callback request does not exist in the contact registry.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/klantinteracties_client.py" line="185" />
        <source>Bekijk het verzoek met 'sync show' en verstuur eerst het klantcontact.</source>
        <translation>Look at the request with 'sync show' and send the customer contact first.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/relay.py" line="50" />
        <source>Onverwachte fout bij het verzenden; Loket probeert het later opnieuw.</source>
        <translation>Unexpected error while sending; Loket will try again later.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/relay.py" line="51" />
        <source>Wacht op de zaak waar dit contact over gaat.</source>
        <translation>Waiting for the case this contact is about.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zaken_client.py" line="156" />
        <source>Het zaaktype kent de status {status} niet.</source>
        <translation>The case type has no status {status}.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zaken_client.py" line="156" />
        <source>Kies een status die bij het zaaktype hoort.</source>
        <translation>Choose a status that belongs to the case type.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zaken_client.py" line="174" />
        <source>Het zaaktype heeft geen roltype voor de aanvrager.</source>
        <translation>The case type has no role type for the applicant.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zaken_client.py" line="174" />
        <source>Vraag de beheerder van het zaaksysteem een roltype 'initiator' toe te voegen.</source>
        <translation>Ask the administrator of the case registry to add an 'initiator' role type.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zgw_http.py" line="72" />
        <location filename="../../workstation/sync/zgw_http.py" line="78" />
        <location filename="../../workstation/sync/zgw_http.py" line="85" />
        <source>Loket probeert het later opnieuw; er gaat niets verloren.</source>
        <translation>Loket tries again later; nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zgw_http.py" line="72" />
        <source>Het zaaksysteem antwoordt niet op tijd.</source>
        <translation>The case registry does not answer in time.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zgw_http.py" line="72" />
        <source>Het klantcontactsysteem antwoordt niet op tijd.</source>
        <translation>The contact registry does not answer in time.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zgw_http.py" line="78" />
        <source>Het zaaksysteem is niet bereikbaar.</source>
        <translation>The case registry cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zgw_http.py" line="78" />
        <source>Het klantcontactsysteem is niet bereikbaar.</source>
        <translation>The contact registry cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zgw_http.py" line="85" />
        <source>Het zaaksysteem heeft een storing.</source>
        <translation>The case registry has a fault.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zgw_http.py" line="85" />
        <source>Het klantcontactsysteem heeft een storing.</source>
        <translation>The contact registry has a fault.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zgw_http.py" line="91" />
        <source>Het zaaksysteem weigert de toegang van Loket.</source>
        <translation>The case registry refuses Loket access.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zgw_http.py" line="91" />
        <source>Het klantcontactsysteem weigert de toegang van Loket.</source>
        <translation>The contact registry refuses Loket access.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zgw_http.py" line="91" />
        <source>Vraag IT de sleutel van Loket voor dit register te controleren; de gegevens worden verstuurd zodra dat is hersteld.</source>
        <translation>Ask IT to check Loket's key for this registry; the data are sent as soon as that is fixed.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zgw_http.py" line="100" />
        <source>Het zaaksysteem weigert de gegevens.</source>
        <translation>The case registry refuses the data.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zgw_http.py" line="100" />
        <source>Het klantcontactsysteem weigert de gegevens.</source>
        <translation>The contact registry refuses the data.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zgw_http.py" line="100" />
        <source>Bekijk de reden met 'sync show' en pas de gegevens aan.</source>
        <translation>See the reason with 'sync show' and correct the data.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/alarm_desk.py" line="92" />
        <source>Het alarm is niet verzonden.</source>
        <translation>The alarm was not sent.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main.py" line="216" />
        <source>Voor een baliewerkplek moet het balienummer ingesteld zijn.</source>
        <translation>A counter workstation needs its counter number set.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main.py" line="216" />
        <source>Zet 'counter = &lt;nummer&gt;' onder [workstation] in het instellingenbestand.</source>
        <translation>Put 'counter = &lt;number&gt;' under [workstation] in the settings file.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main.py" line="229" />
        <source>De zelftest werkt op een balie, een ontvangst of een kiosk.</source>
        <translation>The self-test works at a counter, a reception desk or a kiosk.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main.py" line="229" />
        <source>Zet role op counter, reception of kiosk om de zelftest te doen.</source>
        <translation>Set role to counter, reception or kiosk to run the self-test.</translation>
    </message>
</context>
</TS>
