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
        <location filename="../../workstation/wiring/documents.py" line="72" />
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
        <location filename="../../workstation/cli/desk_commands.py" line="66" />
        <source>Loket is niet gestart op deze werkplek.</source>
        <translation>Loket is not running on this workstation.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/desk_commands.py" line="66" />
        <source>Start Loket en meld u aan; leg het gesprek daarna vast als nieuw contact.</source>
        <translation>Start Loket and sign in; then record the call as a new contact.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/desk_commands.py" line="71" />
        <source>Loket reageert niet.</source>
        <translation>Loket does not respond.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/desk_commands.py" line="71" />
        <source>Kijk of Loket vastloopt, en leg het gesprek daarna vast.</source>
        <translation>Check whether Loket is stuck, then record the call.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/desk_commands.py" line="75" />
        <source>Loket kon het gesprek niet openen.</source>
        <translation>Loket could not open the call.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/desk_commands.py" line="75" />
        <source>Leg het gesprek met de hand vast.</source>
        <translation>Record the call by hand.</translation>
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
        <location filename="../../workstation/cli/document_commands.py" line="51" />
        <source>Het bestand {file} kan niet worden gelezen.</source>
        <translation>The file {file} cannot be read.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/document_commands.py" line="51" />
        <source>Controleer de naam en de map van het bestand.</source>
        <translation>Check the file's name and folder.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/document_commands.py" line="63" />
        <source>{code} is geen gemeentecode; die heeft 4 cijfers (0748).</source>
        <translation>{code} is not a municipality code; that has 4 digits (0748).</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/document_commands.py" line="75" />
        <source>Een specimen maakt Loket alleen in de demo.</source>
        <translation>Loket makes a specimen in the demo only.</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/document_commands.py" line="75" />
        <source>Start het commando met --demo.</source>
        <translation>Run the command with --demo.</translation>
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
        <location filename="../../workstation/wiring/device_board.py" line="157" />
        <source>De chip gaf een onverwacht antwoord.</source>
        <translation>The chip gave an unexpected answer.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/cardreader/reader.py" line="74" />
        <location filename="../../workstation/wiring/device_board.py" line="157" />
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
        <location filename="../../workstation/devices/device_slots.py" line="33" />
        <source>Wordt gestart</source>
        <translation>Starting</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="34" />
        <source>Gesimuleerd apparaat (demo)</source>
        <translation>Simulated device (demo)</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="38" />
        <source>Papier bijna op</source>
        <translation>Paper almost out</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="39" />
        <source>Geen papier</source>
        <translation>Out of paper</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="40" />
        <source>Klep staat open</source>
        <translation>Cover open</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="41" />
        <source>Reageert niet</source>
        <translation>Not responding</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="43" />
        <source>Status niet uitgelezen; afdrukken werkt wel</source>
        <translation>Status not read; printing works</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="44" />
        <source>De documentlezer is niet bereikbaar</source>
        <translation>The document reader cannot be reached</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="45" />
        <source>Toetsenbordlezer: werkt zodra een Loket-venster open is</source>
        <translation>Keyboard reader: works once a Loket window is open</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="46" />
        <source>Geen chiplezer gevonden</source>
        <translation>No chip reader found</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/device_slots.py" line="47" />
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
        <location filename="../../workstation/devices/idreader/mrz.py" line="78" />
        <source>Het document kon niet goed worden gelezen.</source>
        <translation>The document could not be read properly.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/idreader/mrz.py" line="78" />
        <source>Lees het document opnieuw in.</source>
        <translation>Scan the document again.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="102" />
        <source>{device} staat ingesteld als gesimuleerd apparaat. Dat mag alleen in demomodus.</source>
        <translation>{device} is set up as a simulated device. That is only allowed in demo mode.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="102" />
        <source>Stel het echte apparaat in, of start Loket in demomodus.</source>
        <translation>Set up the real device, or start Loket in demo mode.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="111" />
        <source>Er is geen bonprinter ingesteld op deze werkplek.</source>
        <translation>No ticket printer is set up at this workstation.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="111" />
        <source>Er is geen documentlezer ingesteld op deze werkplek.</source>
        <translation>No document reader is set up at this workstation.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="111" />
        <source>Er is geen chiplezer ingesteld op deze werkplek.</source>
        <translation>No chip reader is set up at this workstation.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="111" />
        <location filename="../../workstation/devices/manager.py" line="163" />
        <location filename="../../workstation/devices/printer/errors.py" line="43" />
        <source>Neem contact op met de IT-afdeling.</source>
        <translation>Please contact the IT department.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="163" />
        <source>{device} kan op deze computer niet worden gebruikt.</source>
        <translation>{device} cannot be used on this computer.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="289" />
        <source>Deze documentlezer is geen gesimuleerde lezer.</source>
        <translation>This document reader is not a simulated reader.</translation>
    </message>
    <message>
        <location filename="../../workstation/devices/manager.py" line="289" />
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
        <location filename="../../workstation/documents/signing.py" line="102" />
        <source>Deze werkplek heeft geen ondertekensleutel voor gemeente {code}; het document is niet gemaakt.</source>
        <translation>This workstation has no signing key for municipality {code}; the document was not made.</translation>
    </message>
    <message>
        <location filename="../../workstation/documents/signing.py" line="102" />
        <source>Vraag IT de sleutel te plaatsen: python -m workstation document keygen --municipality {code}.</source>
        <translation>Ask IT to install the key: python -m workstation document keygen --municipality {code}.</translation>
    </message>
    <message>
        <location filename="../../workstation/documents/signing.py" line="110" />
        <source>De ondertekensleutel van gemeente {code} is leesbaar voor anderen; het document is niet gemaakt.</source>
        <translation>The signing key of municipality {code} can be read by others; the document was not made.</translation>
    </message>
    <message>
        <location filename="../../workstation/documents/signing.py" line="110" />
        <source>Vraag IT de rechten van het sleutelbestand op alleen-eigenaar te zetten (chmod 600).</source>
        <translation>Ask IT to make the key file readable by its owner only (chmod 600).</translation>
    </message>
    <message>
        <location filename="../../workstation/documents/signing.py" line="130" />
        <source>Gemeente {code} heeft al een ondertekensleutel op deze werkplek.</source>
        <translation>Municipality {code} already has a signing key on this workstation.</translation>
    </message>
    <message>
        <location filename="../../workstation/documents/signing.py" line="130" />
        <source>Verwijder die alleen als hij echt vervangen moet worden; bewaar dan de publieke sleutel om oude documenten te kunnen controleren.</source>
        <translation>Remove it only if it really must be replaced; then keep its public key to check older documents.</translation>
    </message>
    <message>
        <location filename="../../workstation/documents/signing.py" line="157" />
        <source>De publieke sleutel {file} kan niet worden gelezen.</source>
        <translation>The public key {file} cannot be read.</translation>
    </message>
    <message>
        <location filename="../../workstation/documents/signing.py" line="157" />
        <source>Controleer het pad in [documents] public_keys.</source>
        <translation>Check the path in [documents] public_keys.</translation>
    </message>
    <message>
        <location filename="../../workstation/documents/signing.py" line="168" />
        <source>{file} is geen publieke Ed25519-sleutel voor documenten.</source>
        <translation>{file} is not an Ed25519 public key for documents.</translation>
    </message>
    <message>
        <location filename="../../workstation/documents/signing.py" line="168" />
        <source>Gebruik het .pub.pem-bestand dat 'document keygen' maakte.</source>
        <translation>Use the .pub.pem file that 'document keygen' made.</translation>
    </message>
    <message>
        <location filename="../../workstation/documents/signing.py" line="178" />
        <location filename="../../workstation/documents/signing.py" line="182" />
        <source>Vraag IT een nieuwe sleutel te maken met 'document keygen'.</source>
        <translation>Ask IT to make a new key with 'document keygen'.</translation>
    </message>
    <message>
        <location filename="../../workstation/documents/signing.py" line="178" />
        <source>De ondertekensleutel {file} is geen bruikbare sleutel.</source>
        <translation>The signing key {file} is not a usable key.</translation>
    </message>
    <message>
        <location filename="../../workstation/documents/signing.py" line="182" />
        <source>De ondertekensleutel {file} is geen Ed25519-sleutel.</source>
        <translation>The signing key {file} is not an Ed25519 key.</translation>
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
        <location filename="../../workstation/domain/catalogue.py" line="257" />
        <source>Voor {product} is op {day} geen tarief vastgesteld.</source>
        <translation>No fee has been set for {product} on {day}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/catalogue.py" line="257" />
        <source>Vraag de beheerder de leges in het sitebestand aan te vullen.</source>
        <translation>Ask the administrator to add the fees to the site file.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/catalogue.py" line="267" />
        <source>{product} kent de optie '{option}' niet.</source>
        <translation>{product} has no option '{option}'.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/catalogue.py" line="267" />
        <source>Kies een optie uit de lijst.</source>
        <translation>Choose an option from the list.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/catalogue.py" line="276" />
        <source>Product '{code}' staat niet in de catalogus van deze gemeente.</source>
        <translation>Product '{code}' is not in this municipality's catalogue.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/catalogue.py" line="276" />
        <source>Kies een product uit de lijst.</source>
        <translation>Choose a product from the list.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="157" />
        <source>Kies voor wie het terugbelverzoek is.</source>
        <translation>Choose whom the callback request is for.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="157" />
        <source>Kies een afdeling, groep of medewerker.</source>
        <translation>Choose a department, group or colleague.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="160" />
        <source>De interne toelichting is verplicht.</source>
        <translation>The internal explanation is required.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="160" />
        <source>Schrijf voor de collega op waar het over gaat.</source>
        <translation>Write down for your colleague what it is about.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="163" />
        <source>Vul minstens een telefoonnummer of een e-mailadres in.</source>
        <translation>Fill in at least one telephone number or an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="163" />
        <source>Vraag hoe de klant bereikt wil worden.</source>
        <translation>Ask how the customer wants to be reached.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="167" />
        <source>Vul hoogstens twee telefoonnummers in.</source>
        <translation>Fill in at most two telephone numbers.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="171" />
        <source>Dit telefoonnummer is ongeldig.</source>
        <translation>This telephone number is not valid.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="171" />
        <source>Typ het zonder spaties of streepjes: 0612345678 of +31612345678.</source>
        <translation>Type it without spaces or hyphens: 0612345678 or +31612345678.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="175" />
        <source>Dit e-mailadres is ongeldig.</source>
        <translation>This e-mail address is not valid.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="175" />
        <source>Controleer het adres, bijvoorbeeld naam@voorbeeld.nl.</source>
        <translation>Check the address, for example name@example.nl.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="179" />
        <source>De toelichting is {over} tekens te lang.</source>
        <translation>The explanation is {over} characters too long.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="179" />
        <source>Maak de tekst korter; samen mag het hoogstens 1000 tekens zijn.</source>
        <translation>Make the text shorter; together it may be at most 1000 characters.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="232" />
        <source>Vul het onderwerp van vraag {number} in.</source>
        <translation>Fill in the subject of question {number}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="232" />
        <source>Kies een product of typ de vraag in het kort.</source>
        <translation>Choose a product or type the question in brief.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="235" />
        <source>Het onderwerp van vraag {number} is langer dan {limit} tekens.</source>
        <translation>The subject of question {number} is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="235" />
        <source>Zet de details in de notitie.</source>
        <translation>Put the details in the note.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="240" />
        <source>De notitie van vraag {number} is langer dan {limit} tekens.</source>
        <translation>The note of question {number} is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="240" />
        <source>Maak de notitie korter.</source>
        <translation>Make the note shorter.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="245" />
        <source>Vraag {number} heeft als uitkomst 'contactverzoek gemaakt'.</source>
        <translation>Question {number} has the outcome 'contactverzoek gemaakt' (callback request made).</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="245" />
        <source>Vul het terugbelverzoek in, of kies een andere uitkomst.</source>
        <translation>Fill in the callback request, or choose another outcome.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="251" />
        <source>Vraag {number} heeft een terugbelverzoek.</source>
        <translation>Question {number} has a callback request.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="251" />
        <source>Kies dan als uitkomst 'contactverzoek gemaakt'.</source>
        <translation>Then choose 'contactverzoek gemaakt' (callback request made) as the outcome.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="260" />
        <source>Er is nog geen vraag ingevuld.</source>
        <translation>No question has been filled in yet.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="260" />
        <source>Vul minstens een vraag in.</source>
        <translation>Fill in at least one question.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="263" />
        <source>Het BSN van deze klant is ongeldig.</source>
        <translation>This customer's BSN is not valid.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="263" />
        <source>Zoek de klant opnieuw op.</source>
        <translation>Look the customer up again.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="266" />
        <source>Het contact eindigt voor het begon.</source>
        <translation>The contact ends before it began.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="266" />
        <source>Start het contact opnieuw.</source>
        <translation>Start the contact again.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="300" />
        <source>Dit is geen telefoonnummer.</source>
        <translation>This is not a telephone number.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/desk.py" line="300" />
        <source>Geef het nummer van de beller, bijvoorbeeld +31612345678.</source>
        <translation>Give the caller's number, for example +31612345678.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="69" />
        <location filename="../../workstation/domain/identify.py" line="75" />
        <source>Zoek de klant op met het BSN of met postcode en huisnummer.</source>
        <translation>Look the customer up by BSN or by postcode and house number.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="69" />
        <source>Dit document heeft geen volledige geboortedatum.</source>
        <translation>This document has no complete date of birth.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="75" />
        <source>De achternaam op dit document is te kort om mee te zoeken.</source>
        <translation>The surname on this document is too short to search with.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="87" />
        <source>In deze QR-code staat geen BSN dat Loket kan lezen.</source>
        <translation>This QR code holds no BSN that Loket can read.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="87" />
        <source>Scan de QR-code op de achterkant van het document opnieuw, of typ het BSN.</source>
        <translation>Scan the QR code on the back of the document again, or type the BSN.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="108" />
        <source>Een BSN heeft negen cijfers.</source>
        <translation>A BSN has nine digits.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="108" />
        <source>Controleer het nummer.</source>
        <translation>Check the number.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="111" />
        <source>Dit is geen geldig BSN.</source>
        <translation>This is not a valid BSN.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="111" />
        <source>Controleer het nummer; er is waarschijnlijk een tikfout.</source>
        <translation>Check the number; it probably has a typing error.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="121" />
        <source>Dit is geen geldige postcode.</source>
        <translation>This is not a valid postcode.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="121" />
        <source>Typ vier cijfers en twee letters, zoals 3077 AW.</source>
        <translation>Type four digits and two letters, such as 3077 AW.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="125" />
        <source>Dit is geen geldig huisnummer.</source>
        <translation>This is not a valid house number.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="125" />
        <source>Typ alleen het nummer, zonder letter of toevoeging.</source>
        <translation>Type only the number, without letter or addition.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="130" />
        <source>Een huisletter is een enkele letter.</source>
        <translation>A house letter is a single letter.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="133" />
        <source>Een toevoeging heeft hoogstens vier letters of cijfers.</source>
        <translation>An addition has at most four letters or digits.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="143" />
        <location filename="../../workstation/domain/identify.py" line="150" />
        <source>Typ minstens drie letters van de achternaam.</source>
        <translation>Type at least three letters of the surname.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="143" />
        <source>Gebruik alleen letters, spaties, punten, streepjes en apostrofs.</source>
        <translation>Use only letters, spaces, full stops, hyphens and apostrophes.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="161" />
        <source>Typ de geboortedatum als dd-mm-jjjj.</source>
        <translation>Type the date of birth as dd-mm-yyyy.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="161" />
        <source>Bijvoorbeeld 01-12-1985 of 01121985.</source>
        <translation>For example 01-12-1985 or 01121985.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="168" />
        <source>Deze geboortedatum bestaat niet.</source>
        <translation>This date of birth does not exist.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/identify.py" line="168" />
        <source>Controleer dag en maand.</source>
        <translation>Check the day and month.</translation>
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
        <location filename="../../workstation/domain/order.py" line="113" />
        <source>Dit product hoort bij een andere gemeente dan deze balie.</source>
        <translation>This product belongs to another municipality than this counter.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/order.py" line="113" />
        <source>Kies een product uit de catalogus van deze gemeente.</source>
        <translation>Choose a product from this municipality's catalogue.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/order.py" line="147" />
        <source>Kies minstens één product.</source>
        <translation>Choose at least one product.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/order.py" line="149" />
        <source>Identificeer eerst de klant.</source>
        <translation>Identify the customer first.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/order.py" line="151" />
        <source>Het identiteitsbewijs hoort niet bij deze persoon.</source>
        <translation>The identity document does not belong to this person.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/order.py" line="154" />
        <source>Controleer het identiteitsbewijs: lezen en vergelijken met de BRP.</source>
        <translation>Check the identity document: read it and compare it with the BRP.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/order.py" line="159" />
        <source>{product}: nog {count} punt(en) van de checklist niet afgevinkt.</source>
        <translation>{product}: {count} checklist item(s) not ticked yet.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/order.py" line="184" />
        <source>Vul de transactiereferentie van de pinautomaat in.</source>
        <translation>Enter the transaction reference of the card terminal.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/order.py" line="189" />
        <source>De transactiereferentie mag alleen letters, cijfers en - . / : _ bevatten (hoogstens 40 tekens).</source>
        <translation>The transaction reference may only contain letters, digits and - . / : _ (at most 40 characters).</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/order.py" line="195" />
        <source>Dit lijkt een kaartnummer. Loket bewaart nooit kaartgegevens: vul alleen de transactiereferentie van de pinautomaat in.</source>
        <translation>This looks like a card number. Loket never keeps card data: enter only the card terminal's transaction reference.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/order.py" line="213" />
        <location filename="../../workstation/domain/order.py" line="245" />
        <source>Controleer de betaling en probeer het opnieuw.</source>
        <translation>Check the payment and try again.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/order.py" line="221" />
        <source>De bestelling kan nog niet worden afgerekend.</source>
        <translation>The order cannot be checked out yet.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/order.py" line="221" />
        <source>Maak de bestelling compleet en kies opnieuw Afrekenen.</source>
        <translation>Complete the order and choose Check out again.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/order.py" line="233" />
        <source>Deze bestelling is gratis; er hoeft niets betaald te worden.</source>
        <translation>This order is free; nothing needs to be paid.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/order.py" line="237" />
        <source>Leg de betaling vast: pin, contant of op rekening.</source>
        <translation>Record the payment: debit card, cash or on account.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/order.py" line="245" />
        <source>Het betaalde bedrag ({paid}) is niet het totaal van de bestelling ({total}).</source>
        <translation>The amount paid ({paid}) is not the order's total ({total}).</translation>
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
        <location filename="../../workstation/domain/site_file.py" line="140" />
        <source>Het sitebestand bevat {count} fout(en); er is niets gewijzigd.</source>
        <translation>The site file has {count} error(s); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="140" />
        <source>Verbeter de fouten hieronder en voer de import opnieuw uit.</source>
        <translation>Correct the errors below and run the import again.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="160" />
        <source>Dit is geen geldige TOML: {reason}.</source>
        <translation>This is not valid TOML: {reason}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="225" />
        <source>schema_version moet {expected} zijn (deze versie van Loket).</source>
        <translation>schema_version must be {expected} (this version of Loket).</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="228" />
        <source>Gemeentecode {key} staat meer dan eens in het bestand.</source>
        <translation>Municipality code {key} appears more than once in the file.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="234" />
        <source>Vestigingscode {key} staat meer dan eens in het bestand.</source>
        <translation>Location code {key} appears more than once in the file.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="239" />
        <source>Medewerkerscode {key} staat meer dan eens in het bestand.</source>
        <translation>Staff code {key} appears more than once in the file.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="243" />
        <source>Product {key} staat meer dan eens in het bestand.</source>
        <translation>Product {key} appears more than once in the file.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="260" />
        <source>Een gemeentecode (CBS) is vier cijfers, zoals "0748".</source>
        <translation>A municipality code (CBS) is four digits, such as "0748".</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="264" />
        <source>Een RSIN is negen cijfers die voldoen aan de elfproef.</source>
        <translation>An RSIN is nine digits that pass the eleven test.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="270" />
        <source>Schrijf een kleur als #RRGGBB, zoals "#B0182F".</source>
        <translation>Write a colour as #RRGGBB, such as "#B0182F".</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="275" />
        <source>Logo '{logo}' bestaat niet in de resources van Loket.</source>
        <translation>Logo '{logo}' does not exist in Loket's resources.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="289" />
        <source>Een vestigingscode is 1 tot 20 hoofdletters, cijfers of streepjes, zoals "BOZ".</source>
        <translation>A location code is 1 to 20 capital letters, digits or dashes, such as "BOZ".</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="293" />
        <location filename="../../workstation/domain/site_file.py" line="425" />
        <source>Gemeente {code} staat niet in dit bestand.</source>
        <translation>Municipality {code} is not in this file.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="295" />
        <source>Dienst {key} staat meer dan eens bij deze vestiging.</source>
        <translation>Service {key} appears more than once at this location.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="301" />
        <source>Balie {key} staat meer dan eens bij deze vestiging.</source>
        <translation>Counter {key} appears more than once at this location.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="325" />
        <source>Een dienstletter is één hoofdletter van A tot en met Z.</source>
        <translation>A service letter is one capital letter from A to Z.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="329" />
        <source>Hier hoort true of false.</source>
        <translation>This must be true or false.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="341" />
        <source>Hier hoort een lijst met dienstletters, zoals ["A", "B"].</source>
        <translation>This must be a list of service letters, such as ["A", "B"].</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="346" />
        <source>Dienst {letter} bestaat niet bij deze vestiging.</source>
        <translation>Service {letter} does not exist at this location.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="354" />
        <source>Schrijf openingstijden als een tabel per dag, zoals mon = ["08:30-17:00"].</source>
        <translation>Write opening hours as a table per day, such as mon = ["08:30-17:00"].</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="360" />
        <source>Onbekende dag '{day}'. Gebruik mon, tue, wed, thu, fri, sat of sun.</source>
        <translation>Unknown day '{day}'. Use mon, tue, wed, thu, fri, sat or sun.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="365" />
        <source>Schrijf openingstijden als ["08:30-12:00", "13:00-17:00"].</source>
        <translation>Write opening hours as ["08:30-12:00", "13:00-17:00"].</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="374" />
        <source>De openingstijden {first} en {second} overlappen.</source>
        <translation>The opening hours {first} and {second} overlap.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="384" />
        <source>'{text}' is geen openingstijd. Schrijf die als "08:30-17:00".</source>
        <translation>'{text}' is not an opening time. Write it as "08:30-17:00".</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="389" />
        <source>De sluitingstijd {closes} ligt niet na de openingstijd {opens}.</source>
        <translation>The closing time {closes} is not after the opening time {opens}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="398" />
        <source>Een medewerkerscode is 1 tot 20 kleine letters, cijfers, punten of streepjes, zoals "mw01".</source>
        <translation>A staff code is 1 to 20 lower-case letters, digits, dots or dashes, such as "mw01".</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="402" />
        <source>Hier hoort een lijst met rollen, zoals ["counter", "reception"].</source>
        <translation>This must be a list of roles, such as ["counter", "reception"].</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="407" />
        <source>Onbekende rol '{role}'. Kies uit reception, counter, phone, supervisor en admin.</source>
        <translation>Unknown role '{role}'. Choose from reception, counter, phone, supervisor and admin.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="410" />
        <source>Een medewerker heeft minstens één rol.</source>
        <translation>A staff member has at least one role.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="429" />
        <source>Een productcode is 1 tot 40 kleine letters, cijfers of streepjes, zoals "paspoort".</source>
        <translation>A product code is 1 to 40 lower-case letters, digits or dashes, such as "paspoort".</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="439" />
        <source>Werkdagen horen alleen bij delivery = "pickup"; een direct product is klaar terwijl u wacht.</source>
        <translation>Working days belong only with delivery = "pickup"; a direct product is ready while you wait.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="443" />
        <source>Onbekend document '{document}'. Kies uit: {known}.</source>
        <translation>Unknown document '{document}'. Choose from: {known}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="446" />
        <source>Er staat al een tarief met valid_from {key} bij dit product.</source>
        <translation>This product already has a fee with valid_from {key}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="452" />
        <source>Een product heeft minstens één tarief: [[product.fee]] met valid_from en amount (amount = "0.00" als het gratis is).</source>
        <translation>A product has at least one fee: [[product.fee]] with valid_from and amount (amount = "0.00" when it is free).</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="471" />
        <source>Een UPL-URI begint met {prefix}.</source>
        <translation>A UPL URI starts with {prefix}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="476" />
        <source>Volgens de UPL heet {uri} '{known}', niet '{name}'.</source>
        <translation>According to the UPL, {uri} is called '{known}', not '{name}'.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="485" />
        <source>Onbekende voorwaarde '{when}'. Kies always, under_18, lost_document of first_application, eventueel met "not " ervoor.</source>
        <translation>Unknown condition '{when}'. Choose always, under_18, lost_document or first_application, optionally preceded by "not ".</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="498" />
        <source>Schrijf de datum zonder aanhalingstekens, zoals valid_from = 2027-01-01.</source>
        <translation>Write the date without quotes, such as valid_from = 2027-01-01.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="501" />
        <location filename="../../workstation/domain/site_file.py" line="528" />
        <location filename="../../workstation/domain/site_file.py" line="587" />
        <location filename="../../workstation/domain/site_file.py" line="603" />
        <source>Sleutel '{key}' ontbreekt.</source>
        <translation>Key '{key}' is missing.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="503" />
        <source>Optie {key} staat meer dan eens bij dit tarief.</source>
        <translation>Option {key} appears more than once with this fee.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="516" />
        <source>Een optiecode is 1 tot 40 kleine letters, cijfers of streepjes, zoals "spoed".</source>
        <translation>An option code is 1 to 40 lower-case letters, digits or dashes, such as "spoed".</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="536" />
        <source>Schrijf een bedrag in euro als tekst met twee decimalen, zoals "84.70".</source>
        <translation>Write an amount in euros as text with two decimals, such as "84.70".</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="544" />
        <source>Kies uit: {allowed}.</source>
        <translation>Choose from: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="553" />
        <source>Onbekende sleutel '{key}'. Bedoelt u een van: {known}?</source>
        <translation>Unknown key '{key}'. Did you mean one of: {known}?</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="562" />
        <source>Schrijf dit als een lijst van tabellen: [[{name}]].</source>
        <translation>Write this as an array of tables: [[{name}]].</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="591" />
        <source>Hier hoort tekst tussen aanhalingstekens.</source>
        <translation>This must be text in quotes.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="594" />
        <source>Deze tekst mag niet leeg zijn.</source>
        <translation>This text must not be empty.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="596" />
        <source>Deze tekst is langer dan {limit} tekens.</source>
        <translation>This text is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/site_file.py" line="608" />
        <source>Hier hoort een geheel getal van {low} tot en met {high}.</source>
        <translation>This must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="107" />
        <source>Er is niemand aangemeld op deze werkplek.</source>
        <translation>Nobody is signed in at this workstation.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="107" />
        <source>Meld u aan met uw medewerkerscode en pincode.</source>
        <translation>Sign in with your staff code and PIN.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="113" />
        <source>U mag dit niet met uw rol.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="113" />
        <source>Vraag een teamleider of de beheerder.</source>
        <translation>Ask a supervisor or the administrator.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="138" />
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="138" />
        <source>Typ dezelfde nieuwe pincode twee keer.</source>
        <translation>Type the same new PIN twice.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="141" />
        <location filename="../../workstation/domain/staff.py" line="145" />
        <source>Kies een pincode van {low} tot {high} cijfers.</source>
        <translation>Choose a PIN of {low} to {high} digits.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="141" />
        <source>Een pincode bestaat alleen uit cijfers.</source>
        <translation>A PIN consists of digits only.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="145" />
        <source>Een pincode heeft {low} tot {high} cijfers.</source>
        <translation>A PIN has {low} to {high} digits.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="150" />
        <source>Deze pincode is te makkelijk te raden.</source>
        <translation>This PIN is too easy to guess.</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/staff.py" line="150" />
        <source>Kies cijfers zonder vaste reeks of herhaling.</source>
        <translation>Choose digits without a fixed sequence or repetition.</translation>
    </message>
    <message>
        <location filename="../../workstation/kcc.py" line="220" />
        <source>Er is geen personenregister (BRP) ingericht.</source>
        <translation>No person register (BRP) is configured.</translation>
    </message>
    <message>
        <location filename="../../workstation/kcc.py" line="220" />
        <source>Vraag IT de sectie [brp] in te vullen.</source>
        <translation>Ask IT to fill in the [brp] section.</translation>
    </message>
    <message>
        <location filename="../../workstation/kcc.py" line="285" />
        <source>De sleutel voor de protocollering ({file}) kan niet worden gelezen.</source>
        <translation>The audit key ({file}) cannot be read.</translation>
    </message>
    <message>
        <location filename="../../workstation/kcc.py" line="285" />
        <source>Vraag IT het bestand met de publieke sleutel van de privacyfunctionaris terug te zetten.</source>
        <translation>Ask IT to restore the file with the privacy officer's public key.</translation>
    </message>
    <message>
        <location filename="../../workstation/kcc.py" line="294" />
        <source>De protocollering is niet ingericht, dus Loket zoekt geen personen op.</source>
        <translation>Audit logging is not configured, so Loket does not look up persons.</translation>
    </message>
    <message>
        <location filename="../../workstation/kcc.py" line="294" />
        <source>Vraag IT [audit] public_key_file in te stellen op de publieke sleutel van de privacyfunctionaris.</source>
        <translation>Ask IT to set [audit] public_key_file to the privacy officer's public key.</translation>
    </message>
    <message>
        <location filename="../../workstation/registries.py" line="34" />
        <source>Het zaaksysteem is maar half ingesteld: {missing} ontbreekt.</source>
        <translation>The case registry is only partly configured: {missing} is missing.</translation>
    </message>
    <message>
        <location filename="../../workstation/registries.py" line="34" />
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
        <location filename="../../workstation/services/catalogue_import.py" line="37" />
        <source>Gemeente {code} staat niet in de site.</source>
        <translation>Municipality {code} is not part of the site.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/catalogue_import.py" line="37" />
        <source>Importeer eerst het sitebestand met deze gemeente.</source>
        <translation>First import the site file with this municipality.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/customer_service.py" line="120" />
        <source>Er is geen persoon gevonden met dit BSN.</source>
        <translation>No person was found with this BSN.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/customer_service.py" line="120" />
        <source>Controleer het nummer, of zoek op naam en geboortedatum.</source>
        <translation>Check the number, or search by name and date of birth.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/deferred_devices.py" line="159" />
        <source>De kaartlezer is nog niet gestart.</source>
        <translation>The card reader has not started yet.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/deferred_devices.py" line="159" />
        <source>Probeer het over een paar seconden opnieuw.</source>
        <translation>Try again in a few seconds.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/deferred_devices.py" line="203" />
        <source>De bonprinter is niet gestart; het wachtnummer is niet afgedrukt.</source>
        <translation>The ticket printer has not started; the ticket was not printed.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/deferred_devices.py" line="203" />
        <source>Start Loket opnieuw en druk het wachtnummer opnieuw af.</source>
        <translation>Start Loket again and print the ticket again.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/order_service.py" line="195" />
        <source>Deze persoon heeft bestelling {number} niet gedaan.</source>
        <translation>This person did not place order {number}.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/order_service.py" line="195" />
        <source>Maak de documenten voor de klant van deze bestelling.</source>
        <translation>Make the documents for this order's customer.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/order_service.py" line="213" />
        <source>Bestelling {number} bestaat niet op deze werkplek.</source>
        <translation>Order {number} does not exist at this workstation.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/order_service.py" line="213" />
        <source>Controleer het nummer op de kwitantie.</source>
        <translation>Check the number on the receipt.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/order_service.py" line="229" />
        <source>Controleer eerst het identiteitsbewijs: lezen en vergelijken met de BRP.</source>
        <translation>First check the identity document: read it and compare it with the BRP.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/order_service.py" line="229" />
        <source>Lees het document van de klant en probeer het opnieuw.</source>
        <translation>Read the customer's document and try again.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/order_service.py" line="238" />
        <source>Deze klant heeft geen bestelling {number} om af te halen.</source>
        <translation>This customer has no order {number} to collect.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/order_service.py" line="238" />
        <source>Controleer het nummer en de geïdentificeerde persoon.</source>
        <translation>Check the number and the identified person.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/order_service.py" line="243" />
        <source>Bestelling {number} is al afgehaald.</source>
        <translation>Order {number} has already been collected.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/order_service.py" line="243" />
        <source>Kijk of de klant nog een andere bestelling heeft om af te halen.</source>
        <translation>See whether the customer has another order to collect.</translation>
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
        <location filename="../../workstation/services/queue_service.py" line="267" />
        <source>Balie {number} heeft pauze.</source>
        <translation>Counter {number} is on a break.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="267" />
        <source>Kies Hervatten om weer bezoekers op te roepen.</source>
        <translation>Choose Resume to call visitors again.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="280" />
        <location filename="../../workstation/services/queue_service.py" line="462" />
        <location filename="../../workstation/store/queue_uow.py" line="56" />
        <source>U heeft nog een bezoeker.</source>
        <translation>You still have a visitor.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="280" />
        <location filename="../../workstation/store/queue_uow.py" line="56" />
        <source>Rond eerst het huidige wachtnummer af of stuur het door.</source>
        <translation>First finish or transfer the current ticket.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="287" />
        <source>Wachtnummer {number} wacht niet meer.</source>
        <translation>Ticket {number} is no longer waiting.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="287" />
        <source>Een collega heeft het misschien al opgeroepen. Kies een ander nummer.</source>
        <translation>A colleague may already have called it. Choose another number.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="295" />
        <source>Wachtnummer {number} is van een eerdere dag.</source>
        <translation>Ticket {number} is from an earlier day.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="295" />
        <source>Sluit die dag af (queue close-day) en geef de bezoeker een nieuw nummer.</source>
        <translation>Close that day (queue close-day) and give the visitor a new number.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="361" />
        <source>Wachtnummer {number} kan niet meer worden teruggezet.</source>
        <translation>Ticket {number} can no longer be taken back.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="361" />
        <source>Er is na het afronden al iets anders mee gebeurd. Kijk in de lijst Vandaag wat de laatste stand is.</source>
        <translation>Something else has happened to it since. See the Today list for its latest state.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="368" />
        <source>De minuut om {number} terug te zetten is voorbij.</source>
        <translation>The minute to take back {number} has passed.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="368" />
        <source>Komt de bezoeker toch terug? Laat de ontvangst een nieuw wachtnummer geven.</source>
        <translation>Is the visitor back after all? Ask reception for a new ticket.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="375" />
        <source>U heeft al een volgende bezoeker; {number} kan niet terug.</source>
        <translation>You already have a next visitor; {number} cannot come back.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="375" />
        <source>Rond eerst de huidige bezoeker af of stuur die door.</source>
        <translation>Finish or transfer the current visitor first.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="406" />
        <source>U kunt een wachtnummer niet naar uw eigen balie doorsturen.</source>
        <translation>You cannot transfer a ticket to your own counter.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="406" />
        <source>Kies een andere balie of een dienst.</source>
        <translation>Choose another counter or a service.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="462" />
        <source>Rond eerst het huidige wachtnummer af of parkeer het.</source>
        <translation>First finish or park the current ticket.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="469" />
        <source>Wachtnummer {number} is bij een andere balie geparkeerd.</source>
        <translation>Ticket {number} is parked at another counter.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="469" />
        <source>De bezoeker gaat terug naar die balie.</source>
        <translation>The visitor goes back to that counter.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="554" />
        <source>Dit wachtnummer hoort bij een balie die nog werkt.</source>
        <translation>This ticket belongs to a counter that is still working.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="554" />
        <source>Vraag de collega aan die balie het af te ronden.</source>
        <translation>Ask the colleague at that counter to finish it.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="581" />
        <source>Er is geen wachtnummer bij deze balie.</source>
        <translation>There is no ticket at this counter.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/queue_service.py" line="581" />
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
        <location filename="../../workstation/services/supervisor_service.py" line="147" />
        <source>Een tickerbericht heeft ten hoogste {limit} tekens.</source>
        <translation>A ticker message has at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/supervisor_service.py" line="147" />
        <source>Maak het bericht korter.</source>
        <translation>Make the message shorter.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/supervisor_service.py" line="153" />
        <source>Het bericht lijkt een burgerservicenummer of documentnummer te bevatten.</source>
        <translation>The message seems to contain a citizen service number or document number.</translation>
    </message>
    <message>
        <location filename="../../workstation/services/supervisor_service.py" line="153" />
        <source>Zet geen persoonsgegevens op het scherm in de hal.</source>
        <translation>Do not put personal data on the screen in the hall.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="421" />
        <source>Het instellingenbestand {file} kan niet worden gelezen.</source>
        <translation>The settings file {file} cannot be read.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="421" />
        <source>Vraag IT dit bestand leesbaar te maken voor elke gebruiker van deze computer.</source>
        <translation>Ask IT to make this file readable for every user of this computer.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="430" />
        <source>Het instellingenbestand {file} is geen geldig TOML.</source>
        <translation>The settings file {file} is not valid TOML.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="430" />
        <source>Herstel het bestand of zet het voorbeeldbestand terug.</source>
        <translation>Repair the file or put the example file back.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="463" />
        <source>{name} past niet bij de instellingen.</source>
        <translation>{name} does not fit the settings.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="463" />
        <source>Verwijder of corrigeer de omgevingsvariabele.</source>
        <translation>Remove or correct the environment variable.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="522" />
        <location filename="../../workstation/settings.py" line="527" />
        <source>Pas {file} of de LOKET_-omgevingsvariabele aan.</source>
        <translation>Change {file} or the LOKET_ environment variable.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="522" />
        <source>De instellingen kloppen niet: onbekende sleutel '{key}' (waarde {value}); die bestaat niet in versie 1.</source>
        <translation>The settings are not right: unknown key '{key}' (value {value}); it does not exist in version 1.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="527" />
        <source>De instellingen kloppen niet: sleutel '{key}' heeft waarde {value}; toegestaan: {allowed}.</source>
        <translation>The settings are not right: key '{key}' has value {value}; allowed: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="547" />
        <source>Deze computer heeft geen sleutelbos (keyring) voor wachtwoorden.</source>
        <translation>This computer has no keyring for passwords.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="547" />
        <source>Vraag IT een keyring in te richten (Windows: Referentiebeheer; Linux: Secret Service) en het wachtwoord daarin te zetten.</source>
        <translation>Ask IT to set up a keyring (Windows: Credential Manager; Linux: Secret Service) and to put the password in it.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="554" />
        <source>Het wachtwoord kon niet uit de sleutelbos worden gelezen.</source>
        <translation>The password could not be read from the keyring.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="554" />
        <source>Vraag IT de sleutelbos te controleren.</source>
        <translation>Ask IT to check the keyring.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="560" />
        <source>Het wachtwoord '{name}' staat niet in de sleutelbos.</source>
        <translation>The password '{name}' is not in the keyring.</translation>
    </message>
    <message>
        <location filename="../../workstation/settings.py" line="560" />
        <source>Zet het met: python -m keyring set {service} {name}</source>
        <translation>Set it with: python -m keyring set {service} {name}</translation>
    </message>
    <message>
        <location filename="../../workstation/store/alarm_store.py" line="113" />
        <source>Dit alarm bestaat niet.</source>
        <translation>This alarm does not exist.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/catalogue_events.py" line="26" />
        <source>De sitedatabase is niet bereikbaar voor de levertijden.</source>
        <translation>The site database cannot be reached for the delivery times.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/catalogue_events.py" line="26" />
        <location filename="../../workstation/store/site_audit.py" line="35" />
        <location filename="../../workstation/store/site_events.py" line="33" />
        <location filename="../../workstation/sync/relay.py" line="188" />
        <source>Loket probeert het later opnieuw.</source>
        <translation>Loket will try again later.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/catalogue_store.py" line="139" />
        <source>Gemeente {code} bestaat niet op deze site.</source>
        <translation>Municipality {code} does not exist at this site.</translation>
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
        <location filename="../../workstation/store/local/embedded_registry.py" line="173" />
        <source>Het terugbelverzoek hoort bij een contact dat niet bestaat.</source>
        <translation>The callback request belongs to a contact that does not exist.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/local/embedded_registry.py" line="173" />
        <source>Registreer het contact opnieuw en maak daarna het terugbelverzoek.</source>
        <translation>Record the contact again, then make the callback request.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/local/embedded_registry.py" line="227" />
        <source>Dit terugbelverzoek bestaat niet (meer).</source>
        <translation>This callback request does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../workstation/store/local/embedded_registry.py" line="227" />
        <source>Vernieuw de lijst met terugbelverzoeken.</source>
        <translation>Refresh the list of callback requests.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/local/embedded_registry.py" line="242" />
        <source>De registratie weigert dit: het veld {field} is ongeldig.</source>
        <translation>The registry refuses this: the field {field} is invalid.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/local/embedded_registry.py" line="242" />
        <source>Controleer de invoer; het item blijft geparkeerd tot iemand het herstelt.</source>
        <translation>Check the input; the item stays parked until someone fixes it.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/local/relay_lock.py" line="36" />
        <source>De synchronisatie draait al op deze werkplek.</source>
        <translation>Synchronisation is already running on this workstation.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/local/relay_lock.py" line="36" />
        <source>Sluit het andere Loket-venster of de andere 'sync run', of wacht tot die klaar is.</source>
        <translation>Close the other Loket window or the other 'sync run', or wait until it is done.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="99" />
        <source>Dienst '{letter}' bestaat niet op deze vestiging.</source>
        <translation>Service '{letter}' does not exist at this location.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="106" />
        <source>Deze dienst bestaat niet meer.</source>
        <translation>This service no longer exists.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="115" />
        <source>Balie {number} bestaat niet op deze vestiging.</source>
        <translation>Counter {number} does not exist at this location.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="122" />
        <location filename="../../workstation/store/staff_repository.py" line="29" />
        <source>Medewerkerscode '{code}' is onbekend.</source>
        <translation>Staff code '{code}' is not known.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="150" />
        <source>Deze afspraakcode kennen we niet op deze vestiging.</source>
        <translation>We do not know this appointment code at this location.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="150" />
        <source>Controleer de code in de bevestigingsmail of meld u bij de balie.</source>
        <translation>Check the code in the confirmation email, or please report to the counter.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="227" />
        <source>Dit wachtnummer bestaat niet.</source>
        <translation>This ticket does not exist.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/queue_uow.py" line="396" />
        <source>Wachtnummer {number} bestaat vandaag niet op deze vestiging.</source>
        <translation>Ticket {number} does not exist today at this location.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/schema.py" line="88" />
        <location filename="../../workstation/store/schema.py" line="95" />
        <source>Vraag IT om '{command}' uit te voeren en start Loket daarna opnieuw.</source>
        <translation>Ask IT to run '{command}', then start Loket again.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/schema.py" line="88" />
        <source>De wachtrijdatabase is nog niet ingericht (geen schemaversie); Loket {app} verwacht schemaversie {expected}.</source>
        <translation>The queue database has not been set up yet (no schema version); Loket {app} expects schema version {expected}.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/schema.py" line="95" />
        <source>De wachtrijdatabase heeft schemaversie {database}, maar Loket {app} verwacht schemaversie {expected}.</source>
        <translation>The queue database has schema version {database}, but Loket {app} expects schema version {expected}.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/schema.py" line="102" />
        <source>De wachtrijdatabase heeft schemaversie {database}, nieuwer dan Loket {app} kent (schemaversie {expected}).</source>
        <translation>The queue database has schema version {database}, newer than Loket {app} knows (schema version {expected}).</translation>
    </message>
    <message>
        <location filename="../../workstation/store/schema.py" line="102" />
        <source>Vraag IT om deze computer bij te werken naar dezelfde Loket-versie als de database.</source>
        <translation>Ask IT to update this computer to the same Loket version as the database.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/site_audit.py" line="35" />
        <source>De sitedatabase is niet bereikbaar voor de protocollering.</source>
        <translation>The site database cannot be reached for the audit log.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/site_events.py" line="33" />
        <source>De sitedatabase is niet bereikbaar voor de meetgegevens.</source>
        <translation>The site database cannot be reached for the service measurements.</translation>
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
        <location filename="../../workstation/store/site_uow.py" line="207" />
        <source>Vestiging {code} heeft al wachtnummers of afspraken en kan niet uit het sitebestand verdwijnen.</source>
        <translation>Location {code} already has queue tickets or appointments and cannot disappear from the site file.</translation>
    </message>
    <message>
        <location filename="../../workstation/store/site_uow.py" line="207" />
        <source>Zet de vestiging terug in het bestand; er is niets gewijzigd.</source>
        <translation>Put the location back in the file; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/brp_client.py" line="161" />
        <source>Het personenregister (BRP) antwoordt niet op tijd.</source>
        <translation>The population register (BRP) does not answer in time.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/brp_client.py" line="161" />
        <source>Probeer het over een minuut opnieuw.</source>
        <translation>Try again in a minute.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/brp_client.py" line="166" />
        <source>Het personenregister (BRP) is niet bereikbaar.</source>
        <translation>The population register (BRP) cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/brp_client.py" line="166" />
        <location filename="../../workstation/sync/brp_client.py" line="183" />
        <source>Probeer het over een minuut opnieuw; blijft het zo, bel dan IT.</source>
        <translation>Try again in a minute; if it stays like this, call IT.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/brp_client.py" line="183" />
        <source>Het personenregister (BRP) heeft een storing.</source>
        <translation>The population register (BRP) has a fault.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/brp_client.py" line="187" />
        <source>Loket mag het personenregister (BRP) niet raadplegen.</source>
        <translation>Loket is not allowed to consult the population register (BRP).</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/brp_client.py" line="187" />
        <source>Bel IT: de sleutel of de autorisatie voor de BRP is niet in orde.</source>
        <translation>Call IT: the key or the authorisation for the BRP is not in order.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/brp_client.py" line="190" />
        <location filename="../../workstation/sync/embedded_brp.py" line="62" />
        <source>Het personenregister (BRP) weigert deze vraag.</source>
        <translation>The population register (BRP) refuses this question.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/brp_client.py" line="190" />
        <location filename="../../workstation/sync/embedded_brp.py" line="62" />
        <source>Controleer wat u hebt ingevuld; blijft het zo, bel dan IT.</source>
        <translation>Check what you entered; if it stays like this, call IT.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/klantinteracties_client.py" line="266" />
        <source>Het klantcontact van dit terugbelverzoek bestaat niet in het klantcontactsysteem.</source>
        <translation>The customer contact of this callback request does not exist in the contact registry.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/klantinteracties_client.py" line="266" />
        <source>Bekijk het verzoek met 'sync show' en verstuur eerst het klantcontact.</source>
        <translation>Look at the request with 'sync show' and send the customer contact first.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/open_product_client.py" line="67" />
        <source>Open Product levert {count} producttype(n) die Loket niet kan overnemen; er is niets gewijzigd.</source>
        <translation>Open Product supplies {count} product type(s) Loket cannot take over; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/open_product_client.py" line="67" />
        <source>Verbeter de producttypen in Open Product en importeer opnieuw.</source>
        <translation>Correct the product types in Open Product and import again.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/open_product_client.py" line="113" />
        <source>Open Product op {url} is niet bereikbaar.</source>
        <translation>Open Product at {url} cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/open_product_client.py" line="113" />
        <source>Controleer het adres en de verbinding, en probeer het opnieuw.</source>
        <translation>Check the address and the connection, and try again.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/open_product_client.py" line="118" />
        <source>Open Product weigert de toegang (HTTP {status}).</source>
        <translation>Open Product refuses access (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/open_product_client.py" line="118" />
        <source>Controleer het token in de sleutelbos (--token-secret).</source>
        <translation>Check the token in the keyring (--token-secret).</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/open_product_client.py" line="131" />
        <source>Het adres geeft geen antwoord zoals Open Product dat geeft.</source>
        <translation>The address does not answer the way Open Product does.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/open_product_client.py" line="131" />
        <source>Controleer dat het adres de basis van een Open Product-server is (zonder /producttypen/api/v1).</source>
        <translation>Check that the address is the base of an Open Product server (without /producttypen/api/v1).</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/open_product_client.py" line="182" />
        <source>Verbeter het producttype in Open Product.</source>
        <translation>Correct the product type in Open Product.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/open_product_client.py" line="192" />
        <source>Producttype {code}: de UPL-naam '{name}' staat niet in de UPL-lijst van Loket.</source>
        <translation>Product type {code}: the UPL name '{name}' is not in Loket's UPL list.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/open_product_client.py" line="196" />
        <source>Producttype {code} heeft geen zaaktype.</source>
        <translation>Product type {code} has no case type (zaaktype).</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/open_product_client.py" line="203" />
        <source>Producttype {code} heeft geen prijs.</source>
        <translation>Product type {code} has no price.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/open_product_client.py" line="220" />
        <source>Producttype {code}: parameter levering is '{value}'; gebruik direct of afhalen.</source>
        <translation>Product type {code}: parameter levering is '{value}'; use direct or afhalen.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/open_product_client.py" line="227" />
        <source>Producttype {code}: een product om af te halen heeft parameter werkdagen (1 tot en met 60).</source>
        <translation>Product type {code}: a product for collection needs parameter werkdagen (1 to 60).</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/open_product_client.py" line="252" />
        <source>Producttype {code}: een prijs heeft geen geldige datum of bedragen.</source>
        <translation>Product type {code}: a price has no valid date or amounts.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/open_product_client.py" line="260" />
        <source>Producttype {code}: de prijs vanaf {day} heeft geen gewone prijsoptie.</source>
        <translation>Product type {code}: the price from {day} has no normal price option.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/relay.py" line="53" />
        <source>Onverwachte fout bij het verzenden; Loket probeert het later opnieuw.</source>
        <translation>Unexpected error while sending; Loket will try again later.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/relay.py" line="54" />
        <source>Wacht op de zaak waar dit contact over gaat.</source>
        <translation>Waiting for the case this contact is about.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/relay.py" line="188" />
        <source>De sitedatabase is niet ingericht voor de levertijden.</source>
        <translation>The site database is not set up for the delivery times.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zaken_client.py" line="159" />
        <source>Het zaaktype kent de status {status} niet.</source>
        <translation>The case type has no status {status}.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zaken_client.py" line="159" />
        <source>Kies een status die bij het zaaktype hoort.</source>
        <translation>Choose a status that belongs to the case type.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zaken_client.py" line="177" />
        <source>Het zaaktype heeft geen roltype voor de aanvrager.</source>
        <translation>The case type has no role type for the applicant.</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/zaken_client.py" line="177" />
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
        <location filename="../../workstation/ui/desk_search.py" line="38" />
        <source>Typ wat u zoekt.</source>
        <translation>Type what you are looking for.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/desk_search.py" line="38" />
        <source>Een BSN, postcode en huisnummer, of achternaam en geboortedatum.</source>
        <translation>A BSN, postcode and house number, or surname and birth date.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/desk_search.py" line="55" />
        <source>Loket herkent deze zoekopdracht niet.</source>
        <translation>Loket does not recognise this search.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/desk_search.py" line="55" />
        <source>Typ een BSN, postcode en huisnummer (1079VW 85), of achternaam en geboortedatum (de Bruijn 10-03-1965).</source>
        <translation>Type a BSN, postcode and house number (1079VW 85), or surname and birth date (de Bruijn 10-03-1965).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/document_print.py" line="67" />
        <source>Het document kan niet worden afgedrukt: het bestand is beschadigd.</source>
        <translation>The document cannot be printed: the file is damaged.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/document_print.py" line="67" />
        <source>Maak het document opnieuw.</source>
        <translation>Make the document again.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/document_print.py" line="76" />
        <source>De A4-printer {printer} neemt het document niet aan.</source>
        <translation>The A4 printer {printer} does not accept the document.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/document_print.py" line="76" />
        <source>Controleer of de A4-printer aan staat en papier heeft, en probeer het opnieuw; of sla het document op.</source>
        <translation>Check that the A4 printer is on and has paper, and try again; or save the document.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/document_print.py" line="119" />
        <source>Het document kan niet worden opgeslagen in {folder}.</source>
        <translation>The document cannot be saved in {folder}.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/document_print.py" line="119" />
        <source>Kies een map waarin u mag schrijven, of vraag IT de map [documents] save_folder aan te passen.</source>
        <translation>Choose a folder you may write in, or ask IT to change the folder [documents] save_folder.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main.py" line="379" />
        <source>Voor een baliewerkplek moet het balienummer ingesteld zijn.</source>
        <translation>A counter workstation needs its counter number set.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main.py" line="379" />
        <source>Zet 'counter = &lt;nummer&gt;' onder [workstation] in het instellingenbestand.</source>
        <translation>Put 'counter = &lt;number&gt;' under [workstation] in the settings file.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main.py" line="392" />
        <source>De zelftest werkt op een balie, een ontvangst of een kiosk.</source>
        <translation>The self-test works at a counter, a reception desk or a kiosk.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main.py" line="392" />
        <source>Zet role op counter, reception of kiosk om de zelftest te doen.</source>
        <translation>Set role to counter, reception or kiosk to run the self-test.</translation>
    </message>
    <message>
        <location filename="../../workstation/wiring/documents.py" line="65" />
        <source>De demo kent gemeente {code} niet.</source>
        <translation>The demo has no municipality {code}.</translation>
    </message>
    <message>
        <location filename="../../workstation/wiring/documents.py" line="65" />
        <source>Kies 0748, 0777, 1674 of 1709.</source>
        <translation>Choose 0748, 0777, 1674 or 1709.</translation>
    </message>
    <message>
        <location filename="../../workstation/wiring/documents.py" line="75" />
        <source>Er is geen testpersoon met BSN {bsn}.</source>
        <translation>There is no test person with BSN {bsn}.</translation>
    </message>
    <message>
        <location filename="../../workstation/wiring/documents.py" line="75" />
        <source>Kies een BSN uit de RvIG-testset.</source>
        <translation>Choose a BSN from the RvIG test set.</translation>
    </message>
    <message>
        <location filename="../../workstation/wiring/order_documents.py" line="34" />
        <source>Loket kan dit document niet maken.</source>
        <translation>Loket cannot make this document.</translation>
    </message>
    <message>
        <location filename="../../workstation/wiring/order_documents.py" line="34" />
        <source>Vraag de beheerder de producten in de catalogus na te kijken.</source>
        <translation>Ask the administrator to check the products in the catalogue.</translation>
    </message>
    <message>
        <location filename="../../workstation/wiring/order_documents.py" line="41" />
        <source>Een uittreksel met gezag kan op deze werkplek nog niet gemaakt worden.</source>
        <translation>An extract with parental authority cannot be made on this workstation yet.</translation>
    </message>
    <message>
        <location filename="../../workstation/wiring/order_documents.py" line="41" />
        <source>Maak een uittreksel zonder gezag, of verwijs de klant naar MijnOverheid.</source>
        <translation>Make an extract without parental authority, or refer the customer to MijnOverheid.</translation>
    </message>
    <message>
        <location filename="../../workstation/wiring/receipt_printer.py" line="77" />
        <source>De bonprinter is nog niet gestart.</source>
        <translation>The receipt printer has not started yet.</translation>
    </message>
    <message>
        <location filename="../../workstation/wiring/receipt_printer.py" line="77" />
        <source>Kies over een paar seconden Kwitantie opnieuw afdrukken.</source>
        <translation>Choose Print the receipt again in a few seconds.</translation>
    </message>
</context>
</TS>
