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
    <name>BackupPage</name>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file with your settings, pain map and programmes, to keep safe or to take to another computer. Your session history is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up settings to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore settings from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset settings to how they started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset keeps your crisis contacts, pain map and programmes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your settings, pain map and programmes with the backup&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every setting back to how it was when breathe was new?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your crisis contacts, pain map, programmes and history are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings are back to how they started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyFigure</name>
    <message>
        <source>Left</source>
        <extracomment>the 16 regions, in the order of the 16-group programme (right side first) the side labels beside the lower legs, always whole words (as everywhere else), each reaching outwards from the figure&apos;s x here (in the 200-wide box) to the widget&apos;s edge</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyLegend</name>
    <message>
        <source>Now</source>
        <extracomment>the session legend&apos;s words, in the order shown; marked here, translated where shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Body map</source>
        <extracomment>a region was clicked (only when interactive); the argument is a region id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1. %2 of %3 areas done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathPacer</name>
    <message>
        <source>A circle that grows as you breathe in and shrinks out</source>
        <extracomment>how long the pacer glides to a re-planned timeline&apos;s level (session seconds) how long a reduced-motion fill takes to fade to its new level (wall-clock ms) the empty-lungs circle, as a share of the full one a circle that grew or shrank by less than this (px) is not repainted: its antialiased edge looks the same, and a slow breath then costs about a third less CPU what a screen reader hears the pacer is (translated where shown)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bar that fills as you breathe in and empties as you breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathPreview</name>
    <message>
        <source>Shape of one breath</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingPanel</name>
    <message>
        <source>Type seconds in and out, e.g. 4-6, or in-hold-out-hold, e.g. 4-4-4-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own rhythm in seconds, e.g. 4-6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pattern in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4-6 or 4-7-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft cue sounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmErase</name>
    <message>
        <source>Delete all your data?</source>
        <extracomment>kept by &quot;Reset settings&quot;: the people to call in a crisis are never dropped by a reset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all your data from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes every session in your history with its ratings and notes, your settings, crisis contacts, pain map and saved programmes, the log and the rendered speech. It cannot be undone. A backup you saved elsewhere is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything</source>
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
    <name>ContactsPage</name>
    <message>
        <source>Crisis contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People or crisis lines you could call, shown on the “If you need urgent help” page. breathe never calls or tells anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your crisis contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. My therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes to the chosen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add both a name and a number, so the contact can be called.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>Paused: the client&apos;s screen says so too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same session again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: back to home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breaths</source>
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
    <name>ExplainerPanel</name>
    <message>
        <source>This explanation could not be opened just now. Your practices work as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this helps</source>
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
        <source>To understand, not to diagnose: ask a clinician about your own care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About breathe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About breathe: version, your data, licences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroundingCard</name>
    <message>
        <source>See</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing at a time. There&apos;s no hurry, and no wrong answer.</source>
        <extracomment>a gentle second line where the practice gives no suggestion of its own</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its colour, its shape, one small detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near or far, loud or very quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clothes, the chair, the air on your skin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or a smell you like to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or simply notice your mouth, just as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In gently… and a long, soft breath out. You are here, right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only as much as feels comfortable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your time. Next, whenever you&apos;re ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved unless you turn on &apos;Keep my notes&apos; in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with this session, because &apos;Keep my notes&apos; is on in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perhaps %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a suggestion, then COMFORT</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your word for this item (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move on when you&apos;re ready. Space or Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroundingPanel</name>
    <message>
        <source>Three things you see, three you hear, then three small movements.</source>
        <extracomment>each variant&apos;s description (English, translated where shown)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No movement: see, hear, then notice three places where your body is supported. Kind on painful days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five things you see, four you feel, three you hear, two you smell, one you taste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounding variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go at my own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounding waits for you at each item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Your weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weeks to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per week, from the week of %1 to the week of %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average change in %1 after a session, over the rated weeks: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weeks will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average change after a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below 0: calmer, or less pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFiles</name>
    <message>
        <source>Export your sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sessions could not be read just now; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe JSON export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be added just now; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in %1 was already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 from %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress
before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain
before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <extracomment>a cell whose stored value could not be read (see ``SessionRecord.damaged``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of the session could not be read. The rest is shown, and an export keeps it as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress</source>
        <extracomment>the stored fields behind each column the whole SessionRecord of a row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sessions could not be read just now. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Your sessions</source>
        <extracomment>&quot;What helps me&quot; and the chart read at most this many of the latest sessions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored only on this computer: %1</source>
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
        <source>What helps me and sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet, and that&apos;s fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whenever you do a practice, it is kept here, on this computer only. If you like, rate how you feel before and after; over time this page will show what seems to help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sessions could not be read just now. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2. This can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will be removed from this computer and can&apos;t be brought back. If you&apos;d like a copy, export them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session could not be deleted just now. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sessions could not be deleted just now. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting your sessions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Your sessions</source>
        <extracomment>a sample of each column&apos;s widest usual text, for its starting width (Tags stretches)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Or choose a practice</source>
        <extracomment>&quot;Start where you are&quot;: tap your own rhythm first (the window opens the tapping page) the flare-day notice&apos;s &quot;Turn off&quot; was pressed (False)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you need urgent help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of your sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: why these practices help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why these practices help (F1). Press ? for shortcuts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flare day: muscle relaxation lets go only, with no tensing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the flare day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to begin. Stop whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start where you are: tap your own rhythm first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap at each breath in; the session starts at your pace and slows gently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pace: %1 a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start breathing at your pace, %1 breaths a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pace you marked easiest after resonance breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookPage</name>
    <message>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A circle that grows and shrinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A square traced around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bar that fills and empties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like my desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All text a third larger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide fills gently instead of moving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>That programme file cannot be used: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1” to your programmes (the Programmes menu).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainMapEditor</name>
    <message>
        <source>As usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gently: less effort, a shorter hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: leave this area still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an area to change how it is practised: as usual, gently, or skipped. You can change this any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tensing today: just notice each area and let it soften.</source>
        <extracomment>the rows of the area list, head to toe</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain map</source>
        <extracomment>the sides of the arms and legs, as on the figure: left first the whole map after any change: {region id: &quot;normal&quot; | &quot;gentle&quot; | &quot;skip&quot;} the &quot;Flare day (release only)&quot; switch was turned on or off Back, Esc or Alt+Left (every change is already sent)</extracomment>
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
        <source>Your pain map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an area to change it. Every area is also in the list beside the figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flare day (release only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flare day, release only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeCard</name>
    <message>
        <source>Why this helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to this? Why it helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this changes it: a practice you start from a card, or stop early, does not. Patterns that hold the breath are not for panic. Your own rhythm, such as 4-6, is set on the Breathe card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominant side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle relaxation starts with this side&apos;s hand and arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounding waits for me at each item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move on when you are ready, or turn this off for a steady pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer “why this helps” for practices I am new to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (holds the breath)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe – presenter</source>
        <extracomment>keys the client&apos;s screen answers to besides the controls&apos; own (− is also _ there)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session for the client&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for taking this time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy &amp; history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays on this computer. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a history of my sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates, lengths and any ratings you give. Turn off to record nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you type during grounding is kept with the session, and a note can be added in History. Off: your words are gone when the session ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeOffer</name>
    <message>
        <source>A programme from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this programme?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have this programme already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the programme does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is saved as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it once without adding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: add nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken guidance, %1 words a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue tones on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue tones off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At your own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on a second screen (presenter mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else as in your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be saved, so nothing was added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammesDialog</name>
    <message>
        <source>Your programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice with its settings, under a name such as “Client A” or “Evening”. Start one here, from the home screen or from the tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export programme to a file, for a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a programme from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “%1” as a programme named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a session first; then it can be saved here under a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Client A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for the new programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your programmes could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the programme “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history of its sessions is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe programmes (*.breathe-programme);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” as %2, to hand to your client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammesMenu</name>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, save or manage your programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a programme to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programmes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current choice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage programmes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readout</name>
    <message>
        <source>On the client&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the client&apos;s session is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breaths a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, then %2 from the next breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>seconds, then in, hold or out</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelaxationPanel</name>
    <message>
        <source>If you live with pain: use about half your strength, skip any area that hurts, or choose release only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 groups, the most detailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 groups, the shortest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominant side: right</source>
        <extracomment>what a screen reader says for each side&apos;s button</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominant side: left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tensing: notice each area and let it soften. Kind on flare days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tense and let go of each group twice, as the method is learnt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise on calm days first, so that it is there for you when stress or pain builds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle relaxation choices</source>
        <extracomment>{&quot;groups&quot;: 16|7|4, &quot;release_only&quot;: bool, &quot;side&quot;: &quot;right&quot;|&quot;left&quot;} the person asked to open the pain map editor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, about %2 min</source>
        <comment>a programme, its length</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dominant side (it goes first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release only (no tensing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each group twice (your first weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pain map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pain map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose areas to practise gently or to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety note</source>
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
    <name>RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle reminders to take a breathing break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiet note from the tray; never during a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me every so many minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10:30, 15:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times of day for reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At these times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start breathe when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you would like reminders from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep breathe in the tray when I close its window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe could not change this: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note for the record (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials or an alias (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the summary is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4-6 breathing, 8 min, each evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice at home (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice at home: the same as today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenQuestion</name>
    <message>
        <source>The client&apos;s session is in a window on this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s session is on screen %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen %1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the client&apos;s session go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen %1 is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen on screen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a window on this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start the session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionBodyMap</name>
    <message>
        <source>Body map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>That is as far as the pace goes. This rhythm is fine as it is.</source>
        <extracomment>while a session runs the controller looks at the clock this often, so that a longer gap (a suspended computer whose clock went on) is known to be frozen time, not practice what a failed pace change says (the practice&apos;s own limits were reached); emitted translated</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentler breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>the pause button&apos;s other text (the session view passes it to ``set_text``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: on</source>
        <extracomment>the controls that switch something on or off, and so show their state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a control&apos;s name (its key)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>a control&apos;s text, then its key</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is calm, or no pain; 10 is the worst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. flare, work, night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has a note, kept as it is. Notes are off in Settings; turn on “Keep my notes” to read or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are off, so no note is kept. You can turn on “Keep my notes” in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is a little long: please keep it under 5,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved just now. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is no longer in your history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFollower</name>
    <message>
        <source>Breath %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breaths</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLegend</name>
    <message>
        <source>What the colours mean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionReport</name>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before, %2 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the whole session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 planned (ended early, by choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <extracomment>the body&apos;s type in points; a long summary steps down until it fits one page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress and pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress</source>
        <extracomment>drawn at print resolution (about 170 x 42 mm at 300 dpi), shown this wide on the page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 0 (calm, no pain) to 10 (the worst), as the person said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with breathe %1. Ratings are the person&apos;s own, given at the time. Only what was entered for this session is on this page; nothing was sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm</source>
        <extracomment>grounding prompts by step kind, as the summary counts them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <source>Breathe gently: slower, not deeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pattern keeps its own pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you feel dizzy or tingly, stop and breathe normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pattern holds the breath: if that feels hard, press G for gentler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pattern holds the breath: if that feels hard, just breathe gently.</source>
        <extracomment>the same caution on the client&apos;s screen in presenter mode, where the therapist has the keys</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tense gently, about half your strength. Stop if anything hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breaths a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>Flare</source>
        <extracomment>tags a person can add with one tap (their own come from the text field) how the one-tap tags read (the history keeps the ids above)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 before, %3 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How stressed do you feel now?</source>
        <extracomment>the person answered or changed something: {&quot;rating_after&quot;: 4} or {&quot;tags&quot;: [...]}</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And your pain now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, if you like:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own tag, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which pace felt easiest, if any? (breaths a minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfortable, with no air hunger and no light-headedness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breaths a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breaths a minute is now your pace: start it from home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again: the same session once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a one-page summary of this session as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. Take a moment before you move on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took some time for yourself. That counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Paused. Press Space when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Press P when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech is not available on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate how you feel first (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 session</source>
        <extracomment>Space and Enter mean &quot;Next&quot; where the practice goes at the person&apos;s own pace the page&apos;s height at which the phase word and countdown have their usual size the breathing guide&apos;s least size, and in a page too short for everything under &quot;More&quot;: the controls a person rarely needs in the middle of a session the person asked why this practice helps (the lead-in link for newcomers) ratings and tags as history fields, e.g. {&quot;rating_before&quot;: 6} or {&quot;tags&quot;: [&quot;work&quot;]}</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How stressed do you feel? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any pain? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P pauses or resumes, Space moves on, Esc stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space pauses or resumes, Esc stops, Tab reaches the controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to this? Why this practice helps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsBinder</name>
    <message>
        <source>Your settings could not be saved (%1). They apply until breathe closes.</source>
        <extracomment>the settings&apos; own look: roomy sections and a clear focus ring on every control the theme does not ring itself (combo and spin boxes ring themselves: ``Ringed``; check boxes are ringed by the theme). palette(link) is the theme&apos;s focus colour.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>settings the Theme shows; changing one re-applies the look at once</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your data could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no data of yours on this computer to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your session history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your settings and crisis contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your pain map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rendered speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from this computer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <extracomment>(where, keys, what they do), in the order a person meets them; English, marked for translation (key names that are words too; single letters and F-keys stay as they are)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the highlighted practice (at launch: Start now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start breathing / grounding / muscle relaxation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or carry on (grounding: next, and P pauses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (nothing is lost); on the summary, Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc or Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to where you were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentler: slow down and soften</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower / faster, from the next breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds off or on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice off or on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>keys: what they do</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotRow</name>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TapRate</name>
    <message>
        <source>Breathe as you are now. Tap Space each time you start to breathe in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start where you are</source>
        <extracomment>the rate so far in breaths per minute (emitted after each tap once it is known) start the session: from this rate (float), or None to start at the usual pace Back, Esc or Alt+Left: nothing is started</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m breathing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap when you start to breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from my pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the session from my pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at the usual pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this and start at the usual pace</source>
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
        <source>About %1 breaths a minute. Keep tapping, or start when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those taps were hard to read. Just keep going at your own pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more taps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TherapistNotes</name>
    <message>
        <source>Private notes</source>
        <extracomment>the most a note keeps (the history&apos;s limit)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never shown to the client. Kept with this session in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never shown to the client, and not kept: this session is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for yourself during the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s ratings (optional, 0 to 10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, 0 to 10 (optional)</source>
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
<context>
    <name>VoicePage</name>
    <message>
        <source>Voice &amp; sound</source>
        <extracomment>the engine lists its voices once it has started (~60 ms): look again this often, this long</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calm voice says each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test voice: hear a short greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why speech is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A soft tone when the breath changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech is not available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatHelps</name>
    <message>
        <source>What helps me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And %1 more practices you tried (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes compare your 0–10 ratings before and after a session: down means calmer, or less pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you rate how you feel before and after a session, this will show what seems to help you most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your latest %1 sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
