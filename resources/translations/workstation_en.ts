<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../workstation/ui/banners.py" line="34" />
        <source>Verbinding met de wachtrij verbroken — we proberen opnieuw. Knoppen werken weer zodra de verbinding terug is.</source>
        <translation>Connection to the queue lost — we keep trying. Buttons work again as soon as the connection is back.</translation>
    </message>
</context>
<context>
    <name>CounterView</name>
    <message>
        <location filename="../../workstation/ui/counter_view.py" line="243" />
        <source>Er wacht niemand voor uw balie. Kies straks opnieuw Volgende.</source>
        <translation>Nobody is waiting for your counter. Choose Next again in a moment.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/counter_view.py" line="329" />
        <source>&amp;Volgende (F5)</source>
        <translation>&amp;Next (F5)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/counter_view.py" line="330" />
        <source>&amp;Opnieuw oproepen (F6)</source>
        <translation>&amp;Call again (F6)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/counter_view.py" line="331" />
        <source>&amp;Start (F7)</source>
        <translation>&amp;Start (F7)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/counter_view.py" line="332" />
        <source>&amp;Afronden (F8)</source>
        <translation>&amp;Finish (F8)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/counter_view.py" line="333" />
        <source>&amp;Niet verschenen (F9)</source>
        <translation>N&amp;o-show (F9)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/counter_view.py" line="334" />
        <source>&amp;Doorsturen…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/counter_view.py" line="335" />
        <source>Dit nummer op&amp;roepen</source>
        <translation>Call this n&amp;umber</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/counter_view.py" line="336" />
        <source>Wachtrij</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/counter_view.py" line="342" />
        <source>Alarm is verstuurd — collega's zijn gewaarschuwd</source>
        <translation>Alarm sent — colleagues have been warned</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/counter_view.py" line="344" />
        <source>ALARM (agressie)</source>
        <translation>ALARM (aggression)</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../workstation/ui/crash.py" line="21" />
        <source>Er ging iets mis dat Loket niet verwachtte. Loket sluit nu af. Start Loket opnieuw; wachtnummers en de wachtrij blijven bewaard. Gebeurt dit vaker, meld het dan bij IT (de details staan in het logbestand).</source>
        <translation>Something went wrong that Loket did not expect. Loket will close now. Start Loket again; tickets and the queue are kept. If this happens more often, tell IT (the details are in the log file).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crash.py" line="30" />
        <source>Loket sluit af</source>
        <translation>Loket is closing</translation>
    </message>
</context>
<context>
    <name>CurrentTicketCard</name>
    <message>
        <location filename="../../workstation/ui/counter_view.py" line="72" />
        <source>Huidige bezoeker</source>
        <translation>Current visitor</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/counter_view.py" line="75" />
        <source>Geen bezoeker</source>
        <translation>No visitor</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/counter_view.py" line="79" />
        <source>Kies Volgende (F5) om de volgende bezoeker op te roepen.</source>
        <translation>Choose Next (F5) to call the next visitor.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/counter_view.py" line="86" />
        <source>Gewacht: %1</source>
        <translation>Waited: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/counter_view.py" line="87" />
        <source>%n keer opgeroepen</source>
        <translation><numerusform>called %n time</numerusform><numerusform>called %n times</numerusform></translation>
    </message>
</context>
<context>
    <name>DeviceIndicator</name>
    <message>
        <location filename="../../workstation/ui/status_bar.py" line="32" />
        <source>Bonprinter</source>
        <translation>Ticket printer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/status_bar.py" line="33" />
        <source>ID-scanner</source>
        <translation>ID scanner</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/status_bar.py" line="34" />
        <source>Kaartlezer</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/status_bar.py" line="37" />
        <location filename="../../workstation/ui/status_bar.py" line="40" />
        <source>gereed</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/status_bar.py" line="38" />
        <source>let op</source>
        <translation>attention</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/status_bar.py" line="39" />
        <source>niet bereikbaar</source>
        <translation>not reachable</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/status_bar.py" line="50" />
        <source>GESIMULEERD</source>
        <translation>SIMULATED</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../workstation/ui/formatting.py" line="35" />
        <source>op tijd</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/formatting.py" line="36" />
        <source>bijna te lang</source>
        <translation>almost too long</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/formatting.py" line="37" />
        <source>te lang</source>
        <translation>too long</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/formatting.py" line="45" />
        <source>minder dan 1 minuut</source>
        <translation>less than 1 minute</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/formatting.py" line="47" />
        <source>1 minuut</source>
        <translation>1 minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/formatting.py" line="48" />
        <source>%n minuten</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message>
        <location filename="../../workstation/ui/formatting.py" line="63" />
        <source>nu geen balie open, meld u bij de ontvangst</source>
        <translation>no counter open now, please go to the reception desk</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/formatting.py" line="69" />
        <source>ongeveer 1 minuut</source>
        <translation>about 1 minute</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/formatting.py" line="70" />
        <source>ongeveer %1 minuten</source>
        <translation>about %1 minutes</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/formatting.py" line="87" />
        <source>Afspraak %1</source>
        <translation>Appointment %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/formatting.py" line="55" />
        <source>u bent zo aan de beurt</source>
        <translation>it is your turn soon</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/formatting.py" line="61" />
        <source>wacht</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/formatting.py" line="62" />
        <source>opgeroepen</source>
        <translation>called</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/formatting.py" line="63" />
        <source>in gesprek</source>
        <translation>being served</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/formatting.py" line="64" />
        <source>afgerond</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/formatting.py" line="65" />
        <source>niet verschenen</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/formatting.py" line="66" />
        <source>geannuleerd</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>KioskGuard</name>
    <message>
        <location filename="../../workstation/ui/kiosk.py" line="125" />
        <source>Vul uw medewerkerscode in.</source>
        <translation>Enter your staff code.</translation>
    </message>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/kiosk.py" line="142" />
        <source>Vul uw medewerkerscode en pincode in.</source>
        <translation>Enter your staff code and PIN.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="248" />
        <source>Ontvangst</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="249" />
        <source>Aanmelden</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="250" />
        <source>Balie</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="258" />
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="259" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="260" />
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>StaffCodeDialog</name>
    <message>
        <location filename="../../workstation/ui/kiosk.py" line="43" />
        <source>Kiosk verlaten</source>
        <translation>Leave kiosk</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/kiosk.py" line="45" />
        <source>&amp;Medewerkerscode:</source>
        <translation>&amp;Staff code:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/kiosk.py" line="56" />
        <source>Verlaten</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/kiosk.py" line="57" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/kiosk.py" line="60" />
        <source>&amp;Pincode:</source>
        <translation>&amp;PIN:</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../workstation/ui/intake_view.py" line="119" />
        <source>Vul eerst uw afspraakcode in. Die staat in uw bevestiging.</source>
        <translation>First enter your booking code. You find it in your confirmation.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/intake_view.py" line="122" />
        <source>Waarvoor komt u?</source>
        <translation>What are you here for?</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/intake_view.py" line="123" />
        <source>Heeft u een &amp;afspraak? Vul uw afspraakcode in:</source>
        <translation>Do you have an &amp;appointment? Enter your booking code:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/intake_view.py" line="124" />
        <source>bijvoorbeeld K7M2Q9XA</source>
        <translation>for example K7M2Q9XA</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/intake_view.py" line="125" />
        <source>Aan&amp;melden</source>
        <translation>Check &amp;in</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <location filename="../../workstation/ui/intake_view.py" line="201" />
        <source>Uw wachtnummer is</source>
        <translation>Your ticket number is</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/intake_view.py" line="202" />
        <source>&amp;Opnieuw afdrukken</source>
        <translation>&amp;Print again</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/intake_view.py" line="203" />
        <source>&amp;Klaar (Esc)</source>
        <translation>&amp;Done (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/intake_view.py" line="209" />
        <source>Er wachten %n mensen voor u.</source>
        <translation><numerusform>%n person is waiting before you.</numerusform><numerusform>%n people are waiting before you.</numerusform></translation>
    </message>
    <message>
        <location filename="../../workstation/ui/intake_view.py" line="210" />
        <source>Verwachte wachttijd: %1.</source>
        <translation>Expected wait: %1.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/intake_view.py" line="216" />
        <source>Uw bon wordt afgedrukt…</source>
        <translation>Your ticket is being printed…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/intake_view.py" line="220" />
        <source>Neem uw bon mee. U ziet uw nummer op het scherm in de wachtruimte.</source>
        <translation>Take your ticket. You will see your number on the screen in the waiting area.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/intake_view.py" line="226" />
        <source>Uw wachtnummer is geldig, maar de bon is niet afgedrukt.</source>
        <translation>Your ticket number is valid, but the ticket was not printed.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../workstation/ui/transfer_dialog.py" line="39" />
        <source>Wachtnummer %1 doorsturen</source>
        <translation>Transfer ticket %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/transfer_dialog.py" line="42" />
        <source>De bezoeker houdt het nummer %1 en wacht opnieuw. Kies waarheen.</source>
        <translation>The visitor keeps number %1 and waits again. Choose where to.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/transfer_dialog.py" line="45" />
        <source>Naar een &amp;dienst</source>
        <translation>To a &amp;service</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/transfer_dialog.py" line="46" />
        <source>Naar een &amp;balie</source>
        <translation>To a &amp;counter</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/transfer_dialog.py" line="56" />
        <source>balie </source>
        <translation>counter </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/transfer_dialog.py" line="57" />
        <source>&amp;Notitie voor de collega (mag leeg blijven):</source>
        <translation>&amp;Note for your colleague (may stay empty):</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/transfer_dialog.py" line="62" />
        <source>Typ geen persoonsgegevens in de notitie: geen naam, BSN, adres of geboortedatum.</source>
        <translation>Do not type personal data in the note: no name, citizen service number (BSN), address or date of birth.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/transfer_dialog.py" line="69" />
        <source>Doorsturen</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/transfer_dialog.py" line="70" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WaitingList</name>
    <message numerus="yes">
        <location filename="../../workstation/ui/waiting_list.py" line="67" />
        <source>%n wachtend</source>
        <translation><numerusform>%n waiting</numerusform><numerusform>%n waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../../workstation/ui/waiting_list.py" line="71" />
        <source>± %1 min wachttijd</source>
        <translation>± %1 min wait</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/waiting_list.py" line="89" />
        <source>(afspraak)</source>
        <translation>(appointment)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/waiting_list.py" line="91" />
        <source>→ balie %1</source>
        <translation>→ counter %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/waiting_list.py" line="108" />
        <source>Wachtnummer</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/waiting_list.py" line="108" />
        <source>Gewacht</source>
        <translation>Waited</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/waiting_list.py" line="108" />
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
</context>
<context>
    <name>WorkstationStatusBar</name>
    <message>
        <location filename="../../workstation/ui/status_bar.py" line="108" />
        <source>Geen apparaten aangesloten</source>
        <translation>No devices connected</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/status_bar.py" line="109" />
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/status_bar.py" line="111" />
        <source>Wachtrij: verbinden…</source>
        <translation>Queue: connecting…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/status_bar.py" line="114" />
        <source>Wachtrij: verbonden</source>
        <translation>Queue: connected</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/status_bar.py" line="117" />
        <source>Wachtrij: verbinding verbroken</source>
        <translation>Queue: connection lost</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/status_bar.py" line="121" />
        <source>Medewerker: %1</source>
        <translation>Staff: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/status_bar.py" line="123" />
        <source>Balie %1</source>
        <translation>Counter %1</translation>
    </message>
</context>
<context>
    <name>_AlarmRow</name>
    <message>
        <location filename="../../workstation/ui/banners.py" line="55" />
        <source>ALARM bij balie %1 (sinds %2). Ga erheen of bel de beveiliging.</source>
        <translation>ALARM at counter %1 (since %2). Go there or call security.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/banners.py" line="57" />
        <source>&amp;Gezien, ik ga erheen</source>
        <translation>&amp;Seen, I am going there</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="130" />
        <source>Vul uw medewerkerscode in.</source>
        <translation>Enter your staff code.</translation>
    </message>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="140" />
        <source>Vul uw pincode in.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="184" />
        <source>&amp;Medewerkerscode</source>
        <translation>&amp;Staff code</translation>
    </message>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="185" />
        <source>&amp;Pincode</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="186" />
        <source>&amp;Nieuwe pincode</source>
        <translation>&amp;New PIN</translation>
    </message>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="187" />
        <source>&amp;Herhaal pincode</source>
        <translation>&amp;Repeat PIN</translation>
    </message>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="189" />
        <source>Kies uw pincode</source>
        <translation>Choose your PIN</translation>
    </message>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="191" />
        <source>Kies een pincode van %1 tot %2 cijfers, zonder vaste reeks of herhaling. U gebruikt hem bij elke aanmelding.</source>
        <translation>Choose a PIN of %1 to %2 digits, without a fixed sequence or repetition. You use it every time you sign in.</translation>
    </message>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="194" />
        <source>Pincode instellen en aanmelden</source>
        <translation>Set PIN and sign in</translation>
    </message>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="196" />
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="198" />
        <source>Meld u aan met uw medewerkerscode en pincode.</source>
        <translation>Sign in with your staff code and PIN.</translation>
    </message>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="199" />
        <source>&amp;Aanmelden</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="202" />
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
</context>
<context>
    <name>StaffBar</name>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/staff_bar.py" line="80" />
        <source>Aangemeld: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/staff_bar.py" line="82" />
        <source>Pauze — er worden geen bezoekers naar deze balie geroepen.</source>
        <translation>Break — no visitors are called to this counter.</translation>
    </message>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/staff_bar.py" line="83" />
        <source>&amp;Hervatten</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/staff_bar.py" line="83" />
        <source>&amp;Pauze</source>
        <translation>&amp;Break</translation>
    </message>
    <message>
        <location filename="../../work/wt/staff/workstation/ui/staff_bar.py" line="84" />
        <source>Af&amp;melden</source>
        <translation>Sign &amp;out</translation>
    </message>
</context>
</TS>