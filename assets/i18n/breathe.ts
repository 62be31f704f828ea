<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <source>Planned: %1</source>
        <extracomment>the whole SessionRecord of a row</extracomment>
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
        <source>This removes every session in your history with its ratings and notes, your settings, crisis contacts, pain map and saved programmes. It cannot be undone. A backup you saved elsewhere is not touched.</source>
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
        <source>%1 could not be read (%2); nothing was imported.</source>
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
        <source>Paced breathing</source>
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
        <source>Breathing pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own rhythm, such as 4-6, is set on the Breathe card.</source>
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
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Space pause · − slower · + faster · G gentler · → next · Esc stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pattern keeps its own pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gently now: slower, not deeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe – presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session for the client&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds left in this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a summary of this session as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the presenter screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S saves a summary · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
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
        <source>Keep what I type during grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: your words are gone when the session ends.</source>
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
        <extracomment>a short note keeps the summary on one page</extracomment>
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
        <source>This session has a note, kept as it is. Notes are off in Settings; turn on “Keep notes” to read or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are off, so no note is kept. You can turn on “Keep notes” in Settings.</source>
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
    <name>SettingsBinder</name>
    <message>
        <source>Your settings could not be saved (%1). They apply until breathe closes.</source>
        <extracomment>the settings&apos; own look: roomy sections and a clear focus ring on every control the theme does not ring itself (combo and spin boxes ring themselves: ``Ringed``). palette(link) is the theme&apos;s focus colour.</extracomment>
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
        <source>All your data is deleted from this computer.</source>
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
