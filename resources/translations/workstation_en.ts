<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
    <context>
        <name>ConnectionBanner</name>
        <message>
            <location filename="../../workstation/ui/banners.py" line="34" />
            <source>Verbinding met de wachtrij verbroken — we proberen opnieuw. Knoppen werken weer zodra de verbinding terug is.</source>
            <translation>Connection to the queue lost — we keep trying. Buttons work again as soon as the connection is back.</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/banners.py" line="1" />
            <source>Knoppen werken weer zodra de wachtrij weer bereikbaar is.</source>
            <translation>Buttons work again as soon as the queue can be reached.</translation>
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
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="373" />
            <source>%1 opgeroepen</source>
            <translation>%1 called</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="377" />
            <source>%1 niet verschenen (na %2 oproepen)</source>
            <translation>%1 did not show up (after %2 calls)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="381" />
            <source>%1 opnieuw opgeroepen</source>
            <translation>%1 called again</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="384" />
            <source>Gesprek met %1 gestart</source>
            <translation>Started serving %1</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="387" />
            <source>%1 afgerond</source>
            <translation>%1 finished</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="390" />
            <source>%1 niet verschenen</source>
            <translation>%1 did not show up</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="403" />
            <source>%1 is teruggezet: u bent weer in gesprek.</source>
            <translation>%1 is back: you are serving this visitor again.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="406" />
            <source>%1 is teruggezet als opgeroepen.</source>
            <translation>%1 is back as called.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="451" />
            <source>%1 doorgestuurd naar %2</source>
            <translation>%1 transferred to %2</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="504" />
            <source>Geen verbinding met de wachtrij. De knoppen werken weer zodra de verbinding terug is.</source>
            <translation>No connection to the queue. The buttons work again as soon as the connection is back.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="508" />
            <source>Er is niets om ongedaan te maken. Afronden en Niet verschenen kunt u tot een minuut erna terugzetten.</source>
            <translation>There is nothing to undo. You can take back Finish and No-show for up to a minute afterwards.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="513" />
            <source>U heeft nu geen bezoeker. Kies eerst Volgende (F5).</source>
            <translation>You have no visitor now. Choose Next (F5) first.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="517" />
            <source>U heeft %1 nog opgeroepen. Kies Start (F7), of Niet verschenen (F9) als de bezoeker niet komt.</source>
            <translation>You have still called %1. Choose Start (F7), or No-show (F9) if the visitor does not come.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="520" />
            <source>U bent nog in gesprek met %1. Rond eerst af (F8) of stuur door (F10).</source>
            <translation>You are still serving %1. Finish first (F8) or transfer (F10).</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="521" />
            <source>U bent al in gesprek met %1.</source>
            <translation>You are already serving %1.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="523" />
            <source>%1 is al bij u; opnieuw oproepen hoeft niet.</source>
            <translation>%1 is already with you; no need to call again.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="525" />
            <source>%1 is al bij u en kan niet meer 'niet verschenen' zijn. Kies Afronden (F8).</source>
            <translation>%1 is already with you and cannot be a no-show any more. Choose Finish (F8).</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="527" />
            <source>%1 is nog niet gestart. Kies eerst Start (F7), of Niet verschenen (F9) als de bezoeker niet komt.</source>
            <translation>%1 has not been started yet. Choose Start (F7) first, or No-show (F9) if the visitor does not come.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="557" />
            <source>Volgende (F5)</source>
            <translation>Next (F5)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="558" />
            <source>Opnieuw oproepen (F6)</source>
            <translation>Call again (F6)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="559" />
            <source>Start (F7)</source>
            <translation>Start (F7)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="560" />
            <source>Afronden (F8)</source>
            <translation>Finish (F8)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="561" />
            <source>Niet verschenen (F9)</source>
            <translation>No-show (F9)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="562" />
            <source>Doorsturen (F10)</source>
            <translation>Transfer (F10)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="563" />
            <source>Dit nummer oproepen (Enter)</source>
            <translation>Call this number (Enter)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="564" />
            <source>Ongedaan maken (Ctrl+Z)</source>
            <translation>Undo (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="566" />
            <source>Vandaag</source>
            <translation>Today</translation>
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
            <source>Klant</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Klant (Ctrl+K)</source>
            <translation>Customer (Ctrl+K)</translation>
        </message>
        <message>
            <source>Bestelling (Ctrl+B)</source>
            <translation>Order (Ctrl+B)</translation>
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
            <translation>
                <numerusform>called %n time</numerusform>
                <numerusform>called %n times</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="123" />
            <source>(voorrang)</source>
            <translation>(priority)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/counter_view.py" line="133" />
            <source>Dit was oproep %1. Roept u nog een keer op (F6), dan wordt %2 'niet verschenen'.</source>
            <translation>This was call %1. If you call once more (F6), %2 becomes a no-show.</translation>
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
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
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
        <message>
            <location filename="../../workstation/ui/formatting.py" line="1" />
            <source>geparkeerd</source>
            <translation>parked</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/formatting.py" line="1" />
            <source>niet geholpen (dag gesloten)</source>
            <translation>not served (day closed)</translation>
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
        <message>
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Producten</source>
            <translation>Products</translation>
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
            <location filename="../../workstation/ui/intake_view.py" line="124" />
            <source>bijvoorbeeld K7M2Q9XA</source>
            <translation>for example K7M2Q9XA</translation>
        </message>
        <message numerus="yes">
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="191" />
            <source>%n wachtend</source>
            <translation>
                <numerusform>%n waiting</numerusform>
                <numerusform>%n waiting</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="220" />
            <source>Afspraak? Afspraakcode:</source>
            <translation>Appointment? Booking code:</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="222" />
            <source>Aanmelden</source>
            <translation>Check in</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="223" />
            <source>Voorrang (F2)</source>
            <translation>Priority (F2)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="225" />
            <source>Het volgende wachtnummer wordt vóór de gewone volgorde opgeroepen, na afspraken die aan de beurt zijn.</source>
            <translation>The next ticket is called before the usual order, after appointments that are due.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="229" />
            <source>Heeft u een afspraak?</source>
            <translation>Do you have an appointment?</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="231" />
            <source>Typ de cijfers van uw afspraakcode of houd de code onder de scanner.</source>
            <translation>Type the digits of your booking code or hold the code under the scanner.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="208" />
            <source>± %1 min</source>
            <translation>± %1 min</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="228" />
            <source>Typ eerst de afspraakcode van de bezoeker.</source>
            <translation>Type the visitor's booking code first.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="233" />
            <source>Nieuw wachtnummer: kies een dienst</source>
            <translation>New ticket: choose a service</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="232" />
            <source>Typ uw afspraakcode of houd de code onder de scanner.</source>
            <translation>Type your booking code or hold the code under the scanner.</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/intake_view.py" line="123" />
            <source>Heeft u een &amp;afspraak? Vul uw afspraakcode in:</source>
            <translation>Do you have an &amp;appointment? Enter your booking code:</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/intake_view.py" line="125" />
            <source>Aan&amp;melden</source>
            <translation>Check &amp;in</translation>
        </message>
        <message>
            <source>geen balie open</source>
            <translation>no counter open</translation>
        </message>
        <message>
            <source>geen balie</source>
            <translation>no counter</translation>
        </message>
    </context>
    <context>
        <name>TicketPage</name>
        <message>
            <location filename="../../workstation/ui/intake_view.py" line="201" />
            <source>Uw wachtnummer is</source>
            <translation>Your ticket number is</translation>
        </message>
        <message numerus="yes">
            <location filename="../../workstation/ui/intake_view.py" line="209" />
            <source>Er wachten %n mensen voor u.</source>
            <translation>
                <numerusform>%n person is waiting before you.</numerusform>
                <numerusform>%n people are waiting before you.</numerusform>
            </translation>
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
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="308" />
            <source>Nog een keer afdrukken</source>
            <translation>Print once more</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="309" />
            <source>Klaar</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="311" />
            <source>Opnieuw afdrukken</source>
            <translation>Print again</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="312" />
            <source>Klaar (Esc)</source>
            <translation>Done (Esc)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="336" />
            <source>Uw bon kon niet worden afgedrukt, maar uw nummer %1 is geldig. Onthoud het nummer of maak er een foto van. U ziet het op het scherm in de wachtruimte.</source>
            <translation>Your ticket could not be printed, but your number %1 is valid. Remember the number or take a photo of it. You will see it on the screen in the waiting area.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="330" />
            <source>Wachtnummer uitgegeven</source>
            <translation>Ticket issued</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="350" />
            <source>De bon wordt afgedrukt…</source>
            <translation>Printing the ticket…</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="355" />
            <source>Bon afgedrukt. Geef de bon aan de bezoeker.</source>
            <translation>Ticket printed. Hand it to the visitor.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="367" />
            <source>Het wachtnummer is geldig, maar de bon is niet afgedrukt.</source>
            <translation>The ticket number is valid, but the ticket was not printed.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="306" />
            <source>wachttijd onbekend</source>
            <translation>wait unknown</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="309" />
            <source>direct aan de beurt</source>
            <translation>served straight away</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="310" />
            <source>wachttijd ± %1 min</source>
            <translation>wait ± %1 min</translation>
        </message>
        <message numerus="yes">
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="355" />
            <source>%n wachtend voor deze bezoeker</source>
            <translation>
                <numerusform>%n waiting before this visitor</numerusform>
                <numerusform>%n waiting before this visitor</numerusform>
            </translation>
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
        <message>
            <location filename="../../work/wt/ux/workstation/ui/transfer_dialog.py" line="48" />
            <source>Naar een dienst</source>
            <translation>To a service</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/transfer_dialog.py" line="49" />
            <source>Naar een balie</source>
            <translation>To a counter</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/transfer_dialog.py" line="60" />
            <source>Notitie voor de collega (mag leeg blijven):</source>
            <translation>Note for your colleague (may stay empty):</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/transfer_dialog.py" line="97" />
            <source>Balie %1 — %2</source>
            <translation>Counter %1 — %2</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/transfer_dialog.py" line="99" />
            <source>Balie %1 — niemand aangemeld</source>
            <translation>Counter %1 — nobody signed in</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/transfer_dialog.py" line="119" />
            <source>balie %1</source>
            <translation>counter %1</translation>
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
    </context>
    <context>
        <name>WaitingList</name>
        <message numerus="yes">
            <location filename="../../workstation/ui/waiting_list.py" line="67" />
            <source>%n wachtend</source>
            <translation>
                <numerusform>%n waiting</numerusform>
                <numerusform>%n waiting</numerusform>
            </translation>
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
        <message>
            <location filename="../../work/wt/ux/workstation/ui/waiting_list.py" line="32" />
            <source>Notitie van balie %1 (%2), %3:</source>
            <translation>Note from counter %1 (%2), %3:</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/waiting_list.py" line="36" />
            <source>Notitie van balie %1, %3:</source>
            <translation>Note from counter %1, %3:</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/waiting_list.py" line="152" />
            <source>(voorrang)</source>
            <translation>(priority)</translation>
        </message>
    </context>
    <context>
        <name>WorkstationStatusBar</name>
        <message>
            <location filename="../../workstation/ui/status_bar.py" line="141" />
            <source>Verzenden: %1 wachten, %2 geparkeerd</source>
            <translation>Sync: %1 waiting, %2 parked</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/status_bar.py" line="144" />
            <source>Verzenden: %1 wachten</source>
            <translation>Sync: %1 waiting</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/status_bar.py" line="146" />
            <source>Alles verzonden</source>
            <translation>All sent</translation>
        </message>
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
        <name>IntakeView</name>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="513" />
            <source>%1 geannuleerd</source>
            <translation>%1 cancelled</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/intake_view.py" line="525" />
            <source>%1 opnieuw afgedrukt</source>
            <translation>%1 printed again</translation>
        </message>
    </context>
    <context>
        <name>Keypad</name>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/keypad.py" line="46" />
            <source>⌫ Terug</source>
            <translation>⌫ Back</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/keypad.py" line="47" />
            <source>Wissen</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/keypad.py" line="56" />
            <source>Laatste teken weghalen</source>
            <translation>Remove the last character</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/keypad.py" line="57" />
            <source>Wis</source>
            <translation>Clear</translation>
        </message>
    </context>
    <context>
        <name>ReceptionDay</name>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/reception_day.py" line="78" />
            <source>Vandaag uitgegeven</source>
            <translation>Issued today</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/reception_day.py" line="79" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/reception_day.py" line="80" />
            <source>Opnieuw afdrukken</source>
            <translation>Print again</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/reception_day.py" line="72" />
            <source>%1 echt annuleren?</source>
            <translation>Really cancel %1?</translation>
        </message>
    </context>
    <context>
        <name>TodayList</name>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/today_list.py" line="54" />
            <source>(voorrang)</source>
            <translation>(priority)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/today_list.py" line="56" />
            <source>(afspraak)</source>
            <translation>(appointment)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/today_list.py" line="62" />
            <source>balie %1</source>
            <translation>counter %1</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/today_list.py" line="69" />
            <source>Laatst</source>
            <translation>Last</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/today_list.py" line="70" />
            <source>Stand</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/today_list.py" line="71" />
            <source>Balie</source>
            <translation>Counter</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/today_list.py" line="68" />
            <source>Tijd</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../work/wt/ux/workstation/ui/today_list.py" line="69" />
            <source>Nummer</source>
            <translation>Number</translation>
        </message>
    </context>
    <context>
        <name>ParkedPanel</name>
        <message>
            <location filename="../../workstation/ui/parked_panel.py" line="1" />
            <source>%1 — geparkeerd om %2</source>
            <translation>%1 — parked at %2</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/parked_panel.py" line="1" />
            <source>&amp;Parkeren (haalt document)</source>
            <translation>&amp;Park (fetching a document)</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/parked_panel.py" line="1" />
            <source>A&amp;nnuleren (bezoeker vertrekt)</source>
            <translation>Ca&amp;ncel (visitor leaves)</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/parked_panel.py" line="1" />
            <source>Geparkeerd bij deze balie</source>
            <translation>Parked at this counter</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/parked_panel.py" line="1" />
            <source>&amp;Terug</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/parked_panel.py" line="1" />
            <source>Niet teruggekomen</source>
            <translation>Did not come back</translation>
        </message>
        <message>
            <source>Parkeren (haalt document)</source>
            <translation>Park (fetching a document)</translation>
        </message>
        <message>
            <source>Annuleren (bezoeker vertrekt)</source>
            <translation>Cancel (visitor leaves)</translation>
        </message>
        <message>
            <source>Terug</source>
            <translation>Back</translation>
        </message>
    </context>
    <context>
        <name>AlarmAlert</name>
        <message>
            <location filename="../../workstation/ui/alarm_alert.py" line="1" />
            <source>ALARM bij balie %1</source>
            <translation>ALARM at counter %1</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/alarm_alert.py" line="1" />
            <source>Een collega heeft hulp nodig. Kies 'Ik kom' als u erheen gaat.</source>
            <translation>A colleague needs help. Choose 'I am coming' if you go there.</translation>
        </message>
    </context>
    <context>
        <name>AlarmDesk</name>
        <message>
            <location filename="../../workstation/ui/alarm_desk.py" line="1" />
            <source>ALARM (agressie)</source>
            <translation>ALARM (aggression)</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/alarm_desk.py" line="1" />
            <source>Alarm wordt verzonden…</source>
            <translation>Sending the alarm…</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/alarm_desk.py" line="1" />
            <source>Alarm is verstuurd — collega's zijn gewaarschuwd</source>
            <translation>Alarm sent — colleagues have been warned</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/alarm_desk.py" line="1" />
            <source>ALARM opnieuw versturen</source>
            <translation>Send the ALARM again</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/alarm_desk.py" line="1" />
            <source>Stil alarm verzonden.</source>
            <translation>Silent alarm sent.</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/alarm_desk.py" line="1" />
            <source>Alarm is NIET verzonden. Bel %1.</source>
            <translation>Alarm was NOT sent. Call %1.</translation>
        </message>
    </context>
    <context>
        <name>AlarmPanel</name>
        <message>
            <location filename="../../workstation/ui/alarm_panel.py" line="1" />
            <source>Alarm is NIET verzonden. Bel %1.</source>
            <translation>Alarm was NOT sent. Call %1.</translation>
        </message>
    </context>
    <context>
        <name>AlarmRow</name>
        <message>
            <location filename="../../workstation/ui/alarm_panel.py" line="1" />
            <source>Stil alarm verzonden (%1).</source>
            <translation>Silent alarm sent (%1).</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/alarm_panel.py" line="1" />
            <source>Uw alarm is verzonden (%1). Collega's zijn gewaarschuwd.</source>
            <translation>Your alarm was sent (%1). Colleagues have been warned.</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/alarm_panel.py" line="1" />
            <source>Alarm &amp;sluiten</source>
            <translation>&amp;Close alarm</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/alarm_panel.py" line="1" />
            <source>een collega</source>
            <translation>a colleague</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/alarm_panel.py" line="1" />
            <source>ALARM bij balie %1 (%2, sinds %3). Ga erheen of bel de beveiliging.</source>
            <translation>ALARM at counter %1 (%2, since %3). Go there or call security.</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/alarm_panel.py" line="1" />
            <source>Sluiten (teamleider)</source>
            <translation>Close (team lead)</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/alarm_panel.py" line="1" />
            <source>&amp;Ik kom</source>
            <translation>&amp;I am coming</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/alarm_panel.py" line="1" />
            <source>&amp;Geluid uit</source>
            <translation>&amp;Sound off</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/alarm_panel.py" line="1" />
            <source>Nog niemand heeft gereageerd.</source>
            <translation>Nobody has answered yet.</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/alarm_panel.py" line="1" />
            <source>Onderweg: %1</source>
            <translation>On the way: %1</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/alarm_panel.py" line="1" />
            <source>%1 (ontvangst)</source>
            <translation>%1 (reception)</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/alarm_panel.py" line="1" />
            <source>%1 (balie %2)</source>
            <translation>%1 (counter %2)</translation>
        </message>
    </context>
    <context>
        <name>KioskErrorPage</name>
        <message>
            <location filename="../../workstation/ui/kiosk_error_page.py" line="1" />
            <source>Deze zuil werkt even niet. Meld u bij de balie.</source>
            <translation>This kiosk is not working right now. Please go to the desk.</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/kiosk_error_page.py" line="1" />
            <source>De zuil gaat vanzelf weer verder.</source>
            <translation>The kiosk will carry on by itself.</translation>
        </message>
    </context>
    <context>
        <name>KioskPages</name>
        <message>
            <location filename="../../workstation/ui/kiosk_pages.py" line="1" />
            <source>Bon wordt afgedrukt…</source>
            <translation>Printing the ticket…</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/kiosk_pages.py" line="1" />
            <source>Bon is afgedrukt.</source>
            <translation>Ticket printed.</translation>
        </message>
    </context>
    <context>
        <name>KioskStaffScreen</name>
        <message>
            <location filename="../../workstation/ui/kiosk_staff_screen.py" line="1" />
            <source>Zuil beheren</source>
            <translation>Manage the kiosk</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/kiosk_staff_screen.py" line="1" />
            <source>Geen apparaten aangesloten.</source>
            <translation>No devices connected.</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/kiosk_staff_screen.py" line="1" />
            <source>&amp;Printer controleren</source>
            <translation>Check the &amp;printer</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/kiosk_staff_screen.py" line="1" />
            <source>&amp;Laatste bon opnieuw afdrukken (%1)</source>
            <translation>Print the &amp;last ticket again (%1)</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/kiosk_staff_screen.py" line="1" />
            <source>&amp;Laatste bon opnieuw afdrukken</source>
            <translation>Print the &amp;last ticket again</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/kiosk_staff_screen.py" line="1" />
            <source>Zuil &amp;herstarten</source>
            <translation>&amp;Restart the kiosk</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/kiosk_staff_screen.py" line="1" />
            <source>Loket &amp;afsluiten</source>
            <translation>&amp;Quit Loket</translation>
        </message>
    </context>
    <context>
        <name>ChipPanel</name>
        <message>
            <location filename="../../workstation/ui/chip_panel.py" line="0" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/chip_panel.py" line="0" />
            <source>Wissen</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/chip_panel.py" line="0" />
            <source>Leg een paspoort of ID-kaart op de documentlezer en de chiplezer.</source>
            <translation>Place a passport or ID card on the document reader and the chip reader.</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/chip_panel.py" line="0" />
            <source>Chip wordt gelezen…</source>
            <translation>Reading the chip…</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/chip_panel.py" line="0" />
            <source>Pasfoto wordt gelezen…</source>
            <translation>Reading the photo…</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/chip_panel.py" line="0" />
            <source>De pasfoto op de chip is niet te lezen.</source>
            <translation>The photo on the chip cannot be read.</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/chip_panel.py" line="0" />
            <source>Deze werkplek kan een pasfoto in JPEG 2000 niet tonen.</source>
            <translation>This workstation cannot show a photo in JPEG 2000.</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/chip_panel.py" line="0" />
            <source>De pasfoto op de chip is niet te tonen.</source>
            <translation>The photo on the chip cannot be shown.</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/chip_panel.py" line="0" />
            <source>CAN (6 cijfers)</source>
            <translation>CAN (6 digits)</translation>
        </message>
        <message>
            <location filename="../../workstation/ui/chip_panel.py" line="0" />
            <source>Lezen met CAN</source>
            <translation>Read with CAN</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="136" />
            <source>Vul uw medewerkerscode in.</source>
            <translation>Enter your staff code.</translation>
        </message>
        <message>
            <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="146" />
            <source>Vul uw pincode in.</source>
            <translation>Enter your PIN.</translation>
        </message>
        <message>
            <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="191" />
            <source>&amp;Medewerkerscode</source>
            <translation>&amp;Staff code</translation>
        </message>
        <message>
            <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="192" />
            <source>&amp;Pincode</source>
            <translation>&amp;PIN</translation>
        </message>
        <message>
            <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="193" />
            <source>&amp;Nieuwe pincode</source>
            <translation>&amp;New PIN</translation>
        </message>
        <message>
            <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="194" />
            <source>&amp;Herhaal pincode</source>
            <translation>&amp;Repeat PIN</translation>
        </message>
        <message>
            <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="196" />
            <source>Kies uw pincode</source>
            <translation>Choose your PIN</translation>
        </message>
        <message>
            <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="198" />
            <source>Kies een pincode van %1 tot %2 cijfers, zonder vaste reeks of herhaling. U gebruikt hem bij elke aanmelding.</source>
            <translation>Choose a PIN of %1 to %2 digits, without a fixed sequence or repetition. You use it every time you sign in.</translation>
        </message>
        <message>
            <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="201" />
            <source>Pincode instellen en aanmelden</source>
            <translation>Set PIN and sign in</translation>
        </message>
        <message>
            <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="202" />
            <source>&amp;Terug</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="204" />
            <source>Aanmelden</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="206" />
            <source>Meld u aan met uw medewerkerscode en pincode.</source>
            <translation>Sign in with your staff code and PIN.</translation>
        </message>
        <message>
            <location filename="../../work/wt/staff/workstation/ui/sign_in.py" line="207" />
            <source>&amp;Aanmelden</source>
            <translation>&amp;Sign in</translation>
        </message>
        <message>
            <source>Medewerkerscode</source>
            <translation>Staff code</translation>
        </message>
        <message>
            <source>Pincode</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Nieuwe pincode</source>
            <translation>New PIN</translation>
        </message>
        <message>
            <source>Herhaal pincode</source>
            <translation>Repeat PIN</translation>
        </message>
        <message>
            <source>Terug</source>
            <translation>Back</translation>
        </message>
    </context>
    <context>
        <name>StaffBar</name>
        <message>
            <location filename="../../work/wt/staff/workstation/ui/staff_bar.py" line="82" />
            <source>Aangemeld: %1 (%2)</source>
            <translation>Signed in: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../work/wt/staff/workstation/ui/staff_bar.py" line="84" />
            <source>Pauze — er worden geen bezoekers naar deze balie geroepen.</source>
            <translation>Break — no visitors are called to this counter.</translation>
        </message>
        <message>
            <location filename="../../work/wt/staff/workstation/ui/staff_bar.py" line="85" />
            <source>&amp;Hervatten</source>
            <translation>&amp;Resume</translation>
        </message>
        <message>
            <location filename="../../work/wt/staff/workstation/ui/staff_bar.py" line="85" />
            <source>&amp;Pauze</source>
            <translation>&amp;Break</translation>
        </message>
        <message>
            <location filename="../../work/wt/staff/workstation/ui/staff_bar.py" line="86" />
            <source>Af&amp;melden</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <source>Hervatten</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Pauze</source>
            <translation>Break</translation>
        </message>
        <message>
            <source>Afmelden</source>
            <translation>Sign out</translation>
        </message>
    </context>
    <context>
        <name>BacklogPanel</name>
        <message>
            <source>%1 te verzenden, %2 geparkeerd</source>
            <translation>%1 to send, %2 parked</translation>
        </message>
        <message>
            <source>niets gemeld sinds %1</source>
            <translation>nothing reported since %1</translation>
        </message>
        <message>
            <source>gemeld om %1</source>
            <translation>reported at %1</translation>
        </message>
        <message>
            <source>Werkplekken: nog te verzenden</source>
            <translation>Workstations: still to send</translation>
        </message>
        <message>
            <source>Nog geen werkplek heeft zijn verzendstatus gemeld.</source>
            <translation>No workstation has reported its sending status yet.</translation>
        </message>
    </context>
    <context>
        <name>CounterServicesDialog</name>
        <message>
            <source>Balie %1 — diensten</source>
            <translation>Counter %1 — services</translation>
        </message>
        <message>
            <source>Balie %1 roept bezoekers op voor de aangevinkte diensten. Wachtende bezoekers houden hun plek.</source>
            <translation>Counter %1 calls visitors for the ticked services. Waiting visitors keep their place.</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>KtoScreen</name>
        <message>
            <source>Welkom</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>Welk rapportcijfer geeft u ons voor dit bezoek?</source>
            <translation>What mark out of 10 do you give us for this visit?</translation>
        </message>
        <message>
            <source>Tik op een cijfer: 1 is heel slecht, 10 is uitstekend. Uw cijfer is anoniem.</source>
            <translation>Tap a number: 1 is very poor, 10 is excellent. Your mark is anonymous.</translation>
        </message>
        <message>
            <source>Liever niet</source>
            <translation>No, thank you</translation>
        </message>
        <message>
            <source>Wilt u ook een cijfer geven voor:</source>
            <translation>Would you also like to give a mark for:</translation>
        </message>
        <message>
            <source>Niet verplicht. Tik op Klaar als u klaar bent.</source>
            <translation>Not required. Tap Done when you are done.</translation>
        </message>
        <message>
            <source>Wachttijd</source>
            <translation>Waiting time</translation>
        </message>
        <message>
            <source>Vriendelijkheid</source>
            <translation>Friendliness</translation>
        </message>
        <message>
            <source>Deskundigheid</source>
            <translation>Expertise</translation>
        </message>
        <message>
            <source>Duidelijkheid</source>
            <translation>Clarity</translation>
        </message>
        <message>
            <source>Klaar</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Dank u wel voor uw cijfer!</source>
            <translation>Thank you for your mark!</translation>
        </message>
    </context>
    <context>
        <name>LocationCard</name>
        <message>
            <source>ALARM bij balie %1 (sinds %2)</source>
            <translation>ALARM at counter %1 (since %2)</translation>
        </message>
        <message numerus="yes">
            <source>%n wachtend</source>
            <translation>
                <numerusform>%n waiting</numerusform>
                <numerusform>%n waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>langste wachttijd %1 (%2)</source>
            <translation>longest wait %1 (%2)</translation>
        </message>
        <message>
            <source>%1 van %2 balies bemand</source>
            <translation>%1 of %2 counters staffed</translation>
        </message>
        <message numerus="yes">
            <source>%n met pauze</source>
            <translation>
                <numerusform>%n on a break</numerusform>
                <numerusform>%n on a break</numerusform>
            </translation>
        </message>
        <message>
            <source>open terugbelverzoeken: %1</source>
            <translation>open callback requests: %1</translation>
        </message>
        <message>
            <source>leeg</source>
            <translation>empty</translation>
        </message>
        <message>
            <source>%1 (pauze)</source>
            <translation>%1 (break)</translation>
        </message>
        <message>
            <source>Dienst</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Wachtend</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Balie</source>
            <translation>Counter</translation>
        </message>
        <message>
            <source>Bezetting</source>
            <translation>Staffing</translation>
        </message>
        <message>
            <source>Diensten</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Nu</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Kies een balie om diensten te openen of sluiten.</source>
            <translation>Choose a counter to open or close services.</translation>
        </message>
        <message>
            <source>Tickerbericht…</source>
            <translation>Ticker message…</translation>
        </message>
        <message>
            <source>%1 / %2 min</source>
            <translation>%1 / %2 min</translation>
        </message>
        <message>
            <source>Langste / norm</source>
            <translation>Longest / norm</translation>
        </message>
    </context>
    <context>
        <name>SupervisorWindow</name>
        <message>
            <source>Bijgewerkt om %1</source>
            <translation>Updated at %1</translation>
        </message>
        <message>
            <source>Diensten van balie %1 aangepast.</source>
            <translation>Services of counter %1 changed.</translation>
        </message>
        <message>
            <source>Het tickerbericht staat op het scherm in de wachtruimte.</source>
            <translation>The ticker message is on the screen in the waiting area.</translation>
        </message>
        <message>
            <source>Teamleider: %1</source>
            <translation>Supervisor: %1</translation>
        </message>
        <message>
            <source>Afmelden</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Taal</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Teamleider</source>
            <translation>Supervisor</translation>
        </message>
    </context>
    <context>
        <name>TickerDialog</name>
        <message>
            <source>Tickerbericht — %1</source>
            <translation>Ticker message — %1</translation>
        </message>
        <message>
            <source>Dit bericht loopt onderin het scherm in de wachtruimte. Zet er geen persoonsgegevens in. Leeg: geen bericht.</source>
            <translation>This message runs along the bottom of the screen in the waiting area. Do not put personal data in it. Empty: no message.</translation>
        </message>
        <message>
            <source>Leeg: het Engelse scherm toont de Nederlandse tekst</source>
            <translation>Empty: the English screen shows the Dutch text</translation>
        </message>
        <message>
            <source>Nederlands</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <source>Engels</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Op het scherm zetten</source>
            <translation>Put on the screen</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>KtoWindow</name>
        <message>
            <source>Uw mening</source>
            <translation>Your opinion</translation>
        </message>
    </context>
    <context>
        <name>MeasuresPanel</name>
        <message>
            <source>Hele regio</source>
            <translation>Whole region</translation>
        </message>
        <message>
            <source>%1 bezoekers vandaag</source>
            <translation>%1 visitors today</translation>
        </message>
        <message>
            <source>gehaald</source>
            <translation>met</translation>
        </message>
        <message>
            <source>niet gehaald</source>
            <translation>missed</translation>
        </message>
        <message>
            <source>nog niets</source>
            <translation>no data</translation>
        </message>
        <message>
            <source>Afspraken op tijd</source>
            <translation>Appointments on time</translation>
        </message>
        <message>
            <source>In één keer goed</source>
            <translation>First time right</translation>
        </message>
        <message>
            <source>Terugbellen op tijd</source>
            <translation>Callbacks on time</translation>
        </message>
        <message>
            <source>Rapportcijfer</source>
            <translation>Mark (KTO)</translation>
        </message>
        <message>
            <source>Vandaag tegen de norm</source>
            <translation>Today against the norms</translation>
        </message>
        <message>
            <source>Maat</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Vandaag</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Norm</source>
            <translation>Norm</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Binnen wachtnorm</source>
            <translation>Within wait norm</translation>
        </message>
    </context>
    <context>
        <name>CallbackDialog</name>
        <message>
            <source>Nog %1 tekens over (van 1000)</source>
            <translation>%1 characters left (of 1000)</translation>
        </message>
        <message>
            <source>Terugbelverzoek</source>
            <translation>Callback request</translation>
        </message>
        <message>
            <source>Voor</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Afdeling, groep of medewerker</source>
            <translation>Department, group or colleague</translation>
        </message>
        <message>
            <source>Interne toelichting</source>
            <translation>Internal explanation</translation>
        </message>
        <message>
            <source>Telefoonnummer 1</source>
            <translation>Phone number 1</translation>
        </message>
        <message>
            <source>Telefoonnummer 2</source>
            <translation>Phone number 2</translation>
        </message>
        <message>
            <source>E-mailadres</source>
            <translation>E-mail address</translation>
        </message>
        <message>
            <source>0612345678 of +31612345678</source>
            <translation>0612345678 or +31612345678</translation>
        </message>
        <message>
            <source>naam@voorbeeld.nl</source>
            <translation>name@example.nl</translation>
        </message>
        <message>
            <source>Terugbelverzoek toevoegen</source>
            <translation>Add callback request</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Afdeling</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Groep</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Medewerker</source>
            <translation>Colleague</translation>
        </message>
    </context>
    <context>
        <name>CallbackList</name>
        <message>
            <source>Terugbelverzoeken worden geladen…</source>
            <translation>Loading callback requests…</translation>
        </message>
        <message numerus="yes">
            <source>Open terugbelverzoeken: %n</source>
            <translation>
                <numerusform>Open callback requests: %n</numerusform>
                <numerusform>Open callback requests: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>afgehandeld</source>
            <translation>done</translation>
        </message>
        <message>
            <source>te doen</source>
            <translation>to do</translation>
        </message>
        <message>
            <source>Aangemaakt op</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Onderwerp</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Voor</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Vernieuwen</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Afgehandeld</source>
            <translation>Done</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <source>Anoniem contact</source>
            <translation>Anonymous contact</translation>
        </message>
        <message>
            <source>Vraag toevoegen</source>
            <translation>Add question</translation>
        </message>
        <message>
            <source>Opslaan (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <source>Zelfstandig afgehandeld</source>
            <translation>Handled independently</translation>
        </message>
        <message>
            <source>Afgehandeld na ruggespraak</source>
            <translation>Handled after consulting a colleague</translation>
        </message>
        <message>
            <source>Doorverbonden</source>
            <translation>Transferred</translation>
        </message>
        <message>
            <source>Verwezen naar andere instantie</source>
            <translation>Referred to another organisation</translation>
        </message>
        <message>
            <source>Klant neemt opnieuw contact op</source>
            <translation>Customer will get back in touch</translation>
        </message>
        <message>
            <source>Afgehandeld, klant belt terug</source>
            <translation>Handled, customer will call back</translation>
        </message>
        <message>
            <source>Verbinding verbroken</source>
            <translation>Connection lost</translation>
        </message>
        <message>
            <source>Contactverzoek gemaakt</source>
            <translation>Callback request made</translation>
        </message>
        <message>
            <source>Balie</source>
            <translation>Counter</translation>
        </message>
        <message>
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Contactformulier</source>
            <translation>Contact form</translation>
        </message>
    </context>
    <context>
        <name>DeskPanel</name>
        <message>
            <source>Zoeken…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>Niemand gevonden. Controleer wat u typte, of zoek op een andere manier.</source>
            <translation>Nobody found. Check what you typed, or search another way.</translation>
        </message>
        <message>
            <source>%1 personen gevonden. Kies de juiste.</source>
            <translation>%1 persons found. Choose the right one.</translation>
        </message>
        <message>
            <source>Het BRP zoekt niet op telefoonnummer: dit wordt een anoniem contact. Noemt de beller BSN of naam en geboortedatum, zoek dan daarop.</source>
            <translation>The BRP cannot search by phone number: this becomes an anonymous contact. If the caller gives a BSN or name and birth date, search with those.</translation>
        </message>
        <message>
            <source>Opslaan…</source>
            <translation>Saving…</translation>
        </message>
        <message numerus="yes">
            <source>Contact opgeslagen (vragen: %n).</source>
            <translation>
                <numerusform>Contact saved (%n question).</numerusform>
                <numerusform>Contact saved (%n questions).</numerusform>
            </translation>
        </message>
        <message>
            <source>Dit contact is nog niet opgeslagen. Kies Opslaan, of Wissen om het weg te gooien.</source>
            <translation>This contact has not been saved yet. Choose Save, or Clear to discard it.</translation>
        </message>
        <message>
            <source>Contact (Ctrl+1)</source>
            <translation>Contact (Ctrl+1)</translation>
        </message>
        <message>
            <source>Geschiedenis (Ctrl+2)</source>
            <translation>History (Ctrl+2)</translation>
        </message>
        <message>
            <source>Terugbelverzoeken (Ctrl+3)</source>
            <translation>Callback requests (Ctrl+3)</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Geschiedenis wordt geladen…</source>
            <translation>Loading history…</translation>
        </message>
        <message>
            <source>Alle kanalen</source>
            <translation>All channels</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Zaak</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Terugbelverzoek</source>
            <translation>Callback request</translation>
        </message>
        <message>
            <source>nog niet verzonden</source>
            <translation>not sent yet</translation>
        </message>
        <message>
            <source>afgehandeld</source>
            <translation>done</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>Nog geen contacten, zaken of terugbelverzoeken.</source>
            <translation>No contacts, cases or callback requests yet.</translation>
        </message>
        <message>
            <source>%1 van %2 getoond</source>
            <translation>%1 of %2 shown</translation>
        </message>
        <message>
            <source>Geschiedenis</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Kanaal</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Onderwerp</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Alles</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Contacten</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Zaken</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Terugbelverzoeken</source>
            <translation>Callback requests</translation>
        </message>
    </context>
    <context>
        <name>IdentifyBar</name>
        <message>
            <source>BSN, postcode + huisnummer, of achternaam + geboortedatum (Ctrl+F)</source>
            <translation>BSN, postcode + house number, or surname + birth date (Ctrl+F)</translation>
        </message>
        <message>
            <source>Zoeken</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Anoniem contact</source>
            <translation>Anonymous contact</translation>
        </message>
        <message>
            <source>Wissen</source>
            <translation>Clear</translation>
        </message>
    </context>
    <context>
        <name>PersonPanel</name>
        <message>
            <source>TESTGEGEVENS</source>
            <translation>TEST DATA</translation>
        </message>
        <message>
            <source>Deze persoon komt uit de testset van de RvIG, niet uit de BRP.</source>
            <translation>This person comes from the RvIG test set, not from the BRP.</translation>
        </message>
        <message>
            <source>BSN %1</source>
            <translation>BSN %1</translation>
        </message>
        <message>
            <source>geboren %1</source>
            <translation>born %1</translation>
        </message>
        <message>
            <source>Geen adres bekend</source>
            <translation>No address known</translation>
        </message>
        <message>
            <source>Deze gegevens zijn alleen om de identiteit te controleren. Verstrek ze nooit aan de klant of aan anderen.</source>
            <translation>These details are only for checking the identity. Never give them to the customer or anyone else.</translation>
        </message>
        <message>
            <source>Geheimhouding: geef het adres van deze persoon aan niemand door.</source>
            <translation>Confidential: do not give this person's address to anyone.</translation>
        </message>
        <message>
            <source>Overleden op %1.</source>
            <translation>Deceased on %1.</translation>
        </message>
        <message>
            <source>Bijhouding opgeschort: %1.</source>
            <translation>Registration suspended: %1.</translation>
        </message>
        <message>
            <source>Ingeschreven als niet-ingezetene (RNI).</source>
            <translation>Registered as a non-resident (RNI).</translation>
        </message>
        <message>
            <source>In onderzoek: %1. Deze gegevens kunnen onjuist zijn.</source>
            <translation>Under investigation: %1. These details may be wrong.</translation>
        </message>
        <message>
            <source>✔ Document hoort bij deze persoon in de BRP</source>
            <translation>✔ The document belongs to this person in the BRP</translation>
        </message>
        <message>
            <source>BSN</source>
            <translation>BSN</translation>
        </message>
        <message>
            <source>achternaam</source>
            <translation>surname</translation>
        </message>
        <message>
            <source>geboortedatum</source>
            <translation>birth date</translation>
        </message>
        <message>
            <source>✘ Document wijkt af van de BRP: %1. Controleer wie er voor u staat.</source>
            <translation>✘ The document differs from the BRP: %1. Check who is in front of you.</translation>
        </message>
        <message>
            <source>Chip: %1</source>
            <translation>Chip: %1</translation>
        </message>
    </context>
    <context>
        <name>PhoneView</name>
        <message>
            <source>Het vorige contact is nog niet opgeslagen. Sla het op; daarna zoekt u het nummer met Enter in het zoekveld.</source>
            <translation>The previous contact has not been saved yet. Save it; then search the number with Enter in the search field.</translation>
        </message>
        <message>
            <source>In gesprek met %1</source>
            <translation>In a call with %1</translation>
        </message>
        <message>
            <source>Gesprek met %1 beëindigd: leg het contact vast.</source>
            <translation>Call with %1 ended: record the contact.</translation>
        </message>
        <message>
            <source>Geen gesprek</source>
            <translation>No call</translation>
        </message>
        <message>
            <source>Gesprek beëindigd (F8)</source>
            <translation>Call ended (F8)</translation>
        </message>
    </context>
    <context>
        <name>QuestionEditor</name>
        <message>
            <source>Terugbelverzoek wijzigen…</source>
            <translation>Change callback request…</translation>
        </message>
        <message>
            <source>Terugbelverzoek…</source>
            <translation>Callback request…</translation>
        </message>
        <message>
            <source>Terugbelverzoek voor %1</source>
            <translation>Callback request for %1</translation>
        </message>
        <message>
            <source>Vraag %1</source>
            <translation>Question %1</translation>
        </message>
        <message>
            <source>Onderwerp</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Notitie</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Uitkomst</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Kanaal</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Zaak</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Product of korte omschrijving van de vraag</source>
            <translation>Product or a short description of the question</translation>
        </message>
        <message>
            <source>Vraag verwijderen</source>
            <translation>Remove question</translation>
        </message>
        <message>
            <source>Geen zaak</source>
            <translation>No case</translation>
        </message>
    </context>
    <context>
        <name>ScreenLock</name>
        <message>
            <source>Scherm vergrendeld</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <source>%1, typ uw pincode om verder te werken.</source>
            <translation>%1, type your PIN to continue.</translation>
        </message>
        <message>
            <source>Ontgrendelen</source>
            <translation>Unlock</translation>
        </message>
    </context>
    <context>
        <name>DocumentPrint</name>
        <message>
            <source>Afgedrukt op %1.</source>
            <translation>Printed on %1.</translation>
        </message>
        <message>
            <source>Opgeslagen als %1.</source>
            <translation>Saved as %1.</translation>
        </message>
    </context>
    <context>
        <name>CashSummaryDialog</name>
        <message>
            <source>Kasopmaak balie %1</source>
            <translation>Cash summary counter %1</translation>
        </message>
        <message>
            <source>Kasopmaak wordt gelezen…</source>
            <translation>Reading the cash summary…</translation>
        </message>
        <message>
            <source>Betaalwijze</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>Aantal</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Bedrag</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>Debit card</translation>
        </message>
        <message>
            <source>Contant</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Op rekening</source>
            <translation>On account</translation>
        </message>
        <message>
            <source>Totaal</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>%1, balie %2</source>
            <translation>%1, counter %2</translation>
        </message>
        <message>
            <source>Tel de kassa na tegen Contant en de dagtotalen van de pinautomaat tegen Pin.</source>
            <translation>Count the cash drawer against Cash and the card terminal's day totals against Debit card.</translation>
        </message>
    </context>
    <context>
        <name>OrderChecklist</name>
        <message>
            <source>Checklist %1</source>
            <translation>Checklist %1</translation>
        </message>
        <message>
            <source>Voor dit product is niets mee te nemen.</source>
            <translation>Nothing to bring for this product.</translation>
        </message>
        <message>
            <source>Ontbreekt nog: %1</source>
            <translation>Still missing: %1</translation>
        </message>
        <message>
            <source>Alles is meegenomen.</source>
            <translation>Everything has been brought.</translation>
        </message>
    </context>
    <context>
        <name>OrderPanel</name>
        <message>
            <source>%1 (+ %2)</source>
            <translation>%1 (+ %2)</translation>
        </message>
        <message>
            <source>Typ het betaalde bedrag in euro, bijvoorbeeld 12,50.</source>
            <translation>Type the amount paid in euro, for example 12.50.</translation>
        </message>
        <message>
            <source>Bestelling wordt vastgelegd…</source>
            <translation>Recording the order…</translation>
        </message>
        <message>
            <source>Kwitantie wordt afgedrukt…</source>
            <translation>Printing the receipt…</translation>
        </message>
        <message>
            <source>Kwitantie wordt opnieuw afgedrukt…</source>
            <translation>Printing the receipt again…</translation>
        </message>
        <message>
            <source>Kwitantie afgedrukt.</source>
            <translation>Receipt printed.</translation>
        </message>
        <message>
            <source>Bestelling %1 is vastgelegd en betaald, maar de kwitantie is niet afgedrukt: %2</source>
            <translation>Order %1 is recorded and paid, but the receipt was not printed: %2</translation>
        </message>
        <message>
            <source>Document: %1</source>
            <translation>Document: %1</translation>
        </message>
        <message>
            <source>Het document is niet gemaakt: %1 De bestelling blijft vastgelegd.</source>
            <translation>The document was not made: %1 The order stays recorded.</translation>
        </message>
        <message>
            <source>gratis</source>
            <translation>free</translation>
        </message>
        <message>
            <source>Bestelling %1 afgerekend (%2).</source>
            <translation>Order %1 checked out (%2).</translation>
        </message>
        <message>
            <source>De zaak staat klaar voor het zaaksysteem.</source>
            <translation>The case is queued for the case system.</translation>
        </message>
        <message>
            <source>De %1 zaken staan klaar voor het zaaksysteem.</source>
            <translation>The %1 cases are queued for the case system.</translation>
        </message>
        <message>
            <source>1 punt ontbreekt</source>
            <translation>1 item missing</translation>
        </message>
        <message>
            <source>%1 punten ontbreken</source>
            <translation>%1 items missing</translation>
        </message>
        <message>
            <source>Nog te doen: %1</source>
            <translation>To do: %1</translation>
        </message>
        <message>
            <source>(testgegevens)</source>
            <translation>(test data)</translation>
        </message>
        <message>
            <source>Geen bezoeker</source>
            <translation>No visitor</translation>
        </message>
        <message>
            <source>Identificeer de klant om te kunnen afrekenen.</source>
            <translation>Identify the customer to be able to check out.</translation>
        </message>
        <message>
            <source>Identiteit nog niet gecontroleerd: lees het identiteitsbewijs.</source>
            <translation>Identity not checked yet: read the identity document.</translation>
        </message>
        <message>
            <source>Document gelezen, nog niet vergeleken met de BRP.</source>
            <translation>Document read, not yet compared with the BRP.</translation>
        </message>
        <message>
            <source>Identiteit gecontroleerd: het document is gelezen en hoort bij deze persoon in de BRP.</source>
            <translation>Identity checked: the document was read and belongs to this person in the BRP.</translation>
        </message>
        <message>
            <source>Het gelezen document hoort niet bij deze persoon in de BRP.</source>
            <translation>The document read does not belong to this person in the BRP.</translation>
        </message>
        <message>
            <source>Afhalen…</source>
            <translation>Pick up…</translation>
        </message>
        <message>
            <source>Kasopmaak…</source>
            <translation>Cash summary…</translation>
        </message>
        <message>
            <source>Verloren of gestolen</source>
            <translation>Lost or stolen</translation>
        </message>
        <message>
            <source>Eerste aanvraag</source>
            <translation>First application</translation>
        </message>
        <message>
            <source>Document in het Engels</source>
            <translation>Document in English</translation>
        </message>
        <message>
            <source>Toevoegen (Enter)</source>
            <translation>Add (Enter)</translation>
        </message>
        <message>
            <source>Bestelling</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Verwijderen (Del)</source>
            <translation>Remove (Del)</translation>
        </message>
        <message>
            <source>Afrekenen (Ctrl+Enter)</source>
            <translation>Check out (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Kwitantie opnieuw afdrukken</source>
            <translation>Print the receipt again</translation>
        </message>
    </context>
    <context>
        <name>PaymentForm</name>
        <message>
            <source>Te betalen</source>
            <translation>To pay</translation>
        </message>
        <message>
            <source>Pin</source>
            <translation>Debit card</translation>
        </message>
        <message>
            <source>Contant</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Op rekening</source>
            <translation>On account</translation>
        </message>
        <message>
            <source>Bedrag (€)</source>
            <translation>Amount (€)</translation>
        </message>
        <message>
            <source>Referentie pinautomaat</source>
            <translation>Card terminal reference</translation>
        </message>
        <message>
            <source>transactienummer op de pinbon, geen kaartnummer</source>
            <translation>transaction number on the terminal slip, never a card number</translation>
        </message>
    </context>
    <context>
        <name>PickupDialog</name>
        <message>
            <source>Afhalen</source>
            <translation>Pick up</translation>
        </message>
        <message>
            <source>Afgeven</source>
            <translation>Hand over</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Identificeer eerst de klant: dan staan hier de bestellingen om af te halen.</source>
            <translation>Identify the customer first: their orders to pick up are then listed here.</translation>
        </message>
        <message>
            <source>Bestellingen van deze klant die klaarliggen of nog gemaakt worden:</source>
            <translation>This customer's orders that are ready or still being made:</translation>
        </message>
        <message>
            <source>Deze klant heeft niets af te halen.</source>
            <translation>This customer has nothing to pick up.</translation>
        </message>
        <message>
            <source>ligt klaar</source>
            <translation>ready</translation>
        </message>
        <message>
            <source>klaar vanaf %1</source>
            <translation>ready from %1</translation>
        </message>
        <message>
            <source>Bestelling %1 van %2: %3</source>
            <translation>Order %1 of %2: %3</translation>
        </message>
        <message>
            <source>Bestelling %1 is afgegeven.</source>
            <translation>Order %1 has been handed over.</translation>
        </message>
        <message>
            <source>Identiteit gecontroleerd: het document is gelezen en hoort bij deze persoon.</source>
            <translation>Identity checked: the document was read and belongs to this person.</translation>
        </message>
        <message>
            <source>Afgeven kan pas als het identiteitsbewijs van de klant is gelezen en vergeleken met de BRP.</source>
            <translation>Handing over needs the customer's identity document read and compared with the BRP first.</translation>
        </message>
        <message>
            <source>Er is niets meer af te halen.</source>
            <translation>There is nothing more to pick up.</translation>
        </message>
    </context>
    <context>
        <name>ProductInfo</name>
        <message>
            <source>onder 18 jaar</source>
            <translation>under 18</translation>
        </message>
        <message>
            <source>vanaf 18 jaar</source>
            <translation>18 or older</translation>
        </message>
        <message>
            <source>bij verlies of diefstal</source>
            <translation>if lost or stolen</translation>
        </message>
        <message>
            <source>niet bij verlies of diefstal</source>
            <translation>unless lost or stolen</translation>
        </message>
        <message>
            <source>bij een eerste aanvraag</source>
            <translation>for a first application</translation>
        </message>
        <message>
            <source>bij een verlenging</source>
            <translation>for a renewal</translation>
        </message>
        <message>
            <source>Klaar terwijl u wacht</source>
            <translation>Ready while you wait</translation>
        </message>
        <message>
            <source>Af te halen vanaf %1</source>
            <translation>To pick up from %1</translation>
        </message>
        <message>
            <source>Kosten: %1</source>
            <translation>Cost: %1</translation>
        </message>
        <message>
            <source>onder 18 jaar: %1</source>
            <translation>under 18: %1</translation>
        </message>
        <message>
            <source>%1: %2 extra</source>
            <translation>%1: %2 extra</translation>
        </message>
    </context>
    <context>
        <name>ProductInfoView</name>
        <message>
            <source>Meenemen</source>
            <translation>What to bring</translation>
        </message>
        <message>
            <source>Voor dit product hoeft u niets mee te nemen.</source>
            <translation>You do not need to bring anything for this product.</translation>
        </message>
    </context>
    <context>
        <name>ProductPicker</name>
        <message>
            <source>Zoek een product (Ctrl+F)</source>
            <translation>Search for a product (Ctrl+F)</translation>
        </message>
    </context>
</TS>