<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe&apos;s icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calm paced breathing, 3-3-3 grounding and muscle relaxation, for moments of anxiety or pain and for everyday practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays on this computer: no account, no tracking, nothing sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe supports your own care; it does not replace advice from a clinician who knows you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe is free software: you may share and change it under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or any later version (%2). It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe&apos;s website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe keeps your files here, readable only by you. You can back them up, or delete them all from Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings, pain map and programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken guidance (can be rebuilt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log (for troubleshooting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe is built with these free projects, used under their licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their full licence texts come with each project. Qt and PySide6 are used as shared libraries you may replace with your own builds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the number for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisPage</name>
    <message>
        <source>If you need urgent help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger, or you might hurt yourself, call your local emergency number now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t have to go through this alone. If you can, tell someone near you how you feel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you can call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is listed here yet. You, or your therapist, can add people and crisis lines to call in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe can&apos;t call anyone for you or let anyone know how you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who is listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTimer</name>
    <message>
        <source>Time for a breathing break?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minute or two of slow breathing is here whenever you&apos;d like it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>breathe</source>
        <extracomment>more programmes than this go into their own submenu, so the menu stays short</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coherent breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-3-3 grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle relaxation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
