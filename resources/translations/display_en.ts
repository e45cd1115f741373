<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>CallRow</name>
        <message>
            <location filename="../../queue_display/widgets/current_calls.py" line="38" />
            <source>opnieuw</source>
            <translation>again</translation>
        </message>
        <message>
            <location filename="../../queue_display/widgets/current_calls.py" line="53" />
            <source>balie {counter}</source>
            <translation>counter {counter}</translation>
        </message>
    </context>
    <context>
        <name>CurrentCallsPanel</name>
        <message>
            <location filename="../../queue_display/widgets/current_calls.py" line="99" />
            <source>Nu aan de beurt</source>
            <translation>Now serving</translation>
        </message>
        <message>
            <location filename="../../queue_display/widgets/current_calls.py" line="101" />
            <source>Nog niemand opgeroepen</source>
            <translation>No one called yet</translation>
        </message>
    </context>
    <context>
        <name>DisplayWindow</name>
        <message>
            <location filename="../../queue_display/window.py" line="34" />
            <source>Wachtrij {location}</source>
            <translation>Queue {location}</translation>
        </message>
    </context>
    <context>
        <name>HeaderBar</name>
        <message>
            <location filename="../../queue_display/widgets/header.py" line="43" />
            <source>verbinding verbroken</source>
            <translation>connection lost</translation>
        </message>
    </context>
    <context>
        <name>RecentCallsPanel</name>
        <message>
            <location filename="../../queue_display/widgets/recent_calls.py" line="24" />
            <source>Eerder opgeroepen</source>
            <translation>Called earlier</translation>
        </message>
        <message>
            <location filename="../../queue_display/widgets/recent_calls.py" line="44" />
            <source>balie {counter}</source>
            <translation>counter {counter}</translation>
        </message>
    </context>
    <context>
        <name>ServicesPanel</name>
        <message>
            <location filename="../../queue_display/widgets/services.py" line="28" />
            <source>Wachtenden</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <location filename="../../queue_display/widgets/services.py" line="30" />
            <source>wachtend</source>
            <translation>waiting</translation>
        </message>
        <message>
            <location filename="../../queue_display/widgets/services.py" line="31" />
            <source>wachttijd</source>
            <translation>wait</translation>
        </message>
        <message>
            <location filename="../../queue_display/widgets/services.py" line="99" />
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../queue_display/widgets/services.py" line="102" />
            <source>± {minutes} min</source>
            <translation>± {minutes} min</translation>
        </message>
        <message>
            <source>nu geen balie open</source>
            <translation>no counter open now</translation>
        </message>
    </context>
</TS>