<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutSafetyDialog</name>
    <message>
        <source>Resume exercise breaks…</source>
        <translation>Übungspausen fortsetzen…</translation>
    </message>
    <message>
        <source>Resume exercise breaks</source>
        <translation>Übungspausen fortsetzen</translation>
    </message>
</context>
<context>
    <name>AddCalendarDialog</name>
    <message>
        <source>Add a calendar</source>
        <extracomment>(source, password) -&gt; None; raises with a sentence when the keyring cannot keep it.</extracomment>
        <translation>Kalender hinzufügen</translation>
    </message>
    <message>
        <source>A file or folder of .ics files</source>
        <translation>Eine Datei oder ein Ordner mit .ics-Dateien</translation>
    </message>
    <message>
        <source>A web address (iCalendar subscription)</source>
        <translation>Eine Webadresse (iCalendar-Abonnement)</translation>
    </message>
    <message>
        <source>A CalDAV account (read only)</source>
        <translation>Ein CalDAV-Konto (nur lesen)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>The password is kept in your desktop keyring, never in a file.</source>
        <translation>Das Passwort liegt im Schlüsselbund deines Desktops, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Choose a calendar file</source>
        <translation>Kalenderdatei wählen</translation>
    </message>
    <message>
        <source>Passwords cannot be kept here: no keyring is available.</source>
        <translation>Passwörter können hier nicht aufbewahrt werden: Es ist kein Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>Take a break now</source>
        <translation>Jetzt Pause machen</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume exercise breaks…</source>
        <translation>Übungspausen fortsetzen…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Übungen…</translation>
    </message>
    <message>
        <source>About &amp;&amp; safety…</source>
        <translation>Über &amp;&amp; Sicherheit…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Aussetzen</translation>
    </message>
</context>
<context>
    <name>BreakWhenIdle</name>
    <message>
        <source>Time for a break</source>
        <extracomment>How often idle time is read while the window waits. Without idle time, the window opens after this long if nobody picked &quot;Show now&quot;.</extracomment>
        <translation>Zeit für eine Pause</translation>
    </message>
    <message>
        <source>It opens as soon as you pause your typing.</source>
        <translation>Sie öffnet sich, sobald du mit dem Tippen innehältst.</translation>
    </message>
    <message>
        <source>Show now</source>
        <translation>Jetzt zeigen</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>postureapp — time for a break</source>
        <extracomment>The window takes the keyboard once the user has not typed for this long: longer than a pause to think, so words typed elsewhere always go where they were meant to. Keys pressed this soon after the window took the keyboard were meant for another window. How often (in ticks) idle time is read while the window waits to take the keyboard. How long the closing &quot;well done&quot; stays before the window goes.</extracomment>
        <translation>postureapp — Zeit für eine Pause</translation>
    </message>
    <message>
        <source>Kind of break and progress</source>
        <translation>Art der Pause und Fortschritt</translation>
    </message>
    <message>
        <source>Time left in this break</source>
        <translation>Restzeit dieser Pause</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Where you are in the break</source>
        <translation>Wo du in der Pause bist</translation>
    </message>
    <message>
        <source>Picture of the step</source>
        <translation>Bild des Schritts</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Restzeit dieses Schritts</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Was als Nächstes kommt</translation>
    </message>
    <message>
        <source>Caution for this exercise</source>
        <translation>Vorsicht bei dieser Übung</translation>
    </message>
    <message>
        <source>All cautions</source>
        <translation>Alle Hinweise</translation>
    </message>
    <message>
        <source>Read every caution for this exercise</source>
        <translation>Alle Hinweise zu dieser Übung lesen</translation>
    </message>
    <message>
        <source>Move gently and only as far as is comfortable. Stop at once if anything hurts.</source>
        <translation>Bewege dich sanft und nur so weit, wie es angenehm ist. Hör sofort auf, wenn etwas wehtut.</translation>
    </message>
    <message>
        <source>This &amp;hurts — stop</source>
        <translation>Das &amp;tut weh — Stopp</translation>
    </message>
    <message>
        <source>This hurts — stop</source>
        <translation>Das tut weh — Stopp</translation>
    </message>
    <message>
        <source>End the break at once and see when to get help</source>
        <translation>Die Pause sofort beenden und sehen, wann du Hilfe holen solltest</translation>
    </message>
    <message>
        <source>S&amp;kip (Esc)</source>
        <translation>Über&amp;springen (Esc)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Diese Pause überspringen</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>S&amp;päter</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Put this break off for a few minutes</source>
        <translation>Diese Pause um ein paar Minuten verschieben</translation>
    </message>
    <message>
        <source>You have snoozed as often as allowed in a row.</source>
        <translation>Du hast so oft wie erlaubt nacheinander verschoben.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>End the break now; before its end it counts as ended early</source>
        <translation>Die Pause jetzt beenden; vor ihrem Ende zählt sie als vorzeitig beendet</translation>
    </message>
    <message>
        <source>Nearly done — well done.</source>
        <translation>Fast geschafft — gut gemacht.</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>step {0} of {1}</source>
        <translation>Schritt {0} von {1}</translation>
    </message>
    <message>
        <source>Next: {0} — {1}</source>
        <translation>Als Nächstes: {0} — {1}</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Als Nächstes: {0}</translation>
    </message>
    <message>
        <source>LONG BREAK · EXERCISE {0} OF {1}</source>
        <translation>LANGE PAUSE · ÜBUNG {0} VON {1}</translation>
    </message>
    <message>
        <source>SHORT BREAK</source>
        <translation>KURZE PAUSE</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Ruhig atmen</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>noch {0}</translation>
    </message>
    <message>
        <source>Cautions: {0}</source>
        <translation>Hinweise: {0}</translation>
    </message>
    <message>
        <source>Well done. Back to it.</source>
        <translation>Gut gemacht. Weiter geht&apos;s.</translation>
    </message>
</context>
<context>
    <name>CalendarKeeper</name>
    <message>
        <source>Breaks keep using its copy from {0}.</source>
        <translation>Pausen richten sich weiter nach der Kopie vom {0}.</translation>
    </message>
    <message>
        <source>There is no earlier copy, so its events are not known.</source>
        <translation>Es gibt keine frühere Kopie, daher sind seine Termine nicht bekannt.</translation>
    </message>
    <message>
        <source>The calendar “{0}” could not be read: {1}. {2}</source>
        <translation>Der Kalender „{0}“ konnte nicht gelesen werden: {1}. {2}</translation>
    </message>
</context>
<context>
    <name>CalendarSourcesEditor</name>
    <message>
        <source>{0}: file {1}</source>
        <translation>{0}: Datei {1}</translation>
    </message>
    <message>
        <source>{0}: web address {1}</source>
        <translation>{0}: Webadresse {1}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1} as {2}</source>
        <translation>{0}: CalDAV {1} als {2}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1}</source>
        <translation>{0}: CalDAV {1}</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a calendar</source>
        <translation>Kalender hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen calendar</source>
        <translation>Den gewählten Kalender entfernen</translation>
    </message>
    <message>
        <source>No calendars: breaks follow the clock alone.</source>
        <translation>Keine Kalender: Pausen folgen allein der Uhr.</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Breaks done</source>
        <translation>Pausen gemacht</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Streak (days)</source>
        <translation>Serie (Tage)</translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation>Übungszeit</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Steifheit</translation>
    </message>
    <message>
        <source>Sitting upright</source>
        <translation>Aufrecht sitzen</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>{0} ended early, {1} skipped or snoozed</source>
        <translation>{0} vorzeitig beendet, {1} übersprungen oder verschoben</translation>
    </message>
    <message>
        <source>no reminders in this range</source>
        <translation>keine Erinnerungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>of reminders completed</source>
        <translation>der Erinnerungen abgeschlossen</translation>
    </message>
    <message>
        <source>days with {0} or more breaks done</source>
        <translation>Tage mit {0} oder mehr gemachten Pausen</translation>
    </message>
    <message>
        <source>best {0} · goal {1} a day</source>
        <translation>beste {0} · Ziel {1} am Tag</translation>
    </message>
    <message>
        <source>{0} a day on average</source>
        <translation>im Schnitt {0} am Tag</translation>
    </message>
    <message>
        <source>0–10, first and last week rated</source>
        <translation>0–10, erste und letzte bewertete Woche</translation>
    </message>
    <message>
        <source>0–10, one day rated</source>
        <translation>0–10, ein Tag bewertet</translation>
    </message>
    <message>
        <source>no ratings in this range</source>
        <translation>keine Bewertungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>a warning sign on 1 day</source>
        <translation>ein Warnzeichen an 1 Tag</translation>
    </message>
    <message>
        <source>a warning sign on {0} days</source>
        <translation>ein Warnzeichen an {0} Tagen</translation>
    </message>
    <message>
        <source>of the time the camera saw you in this range</source>
        <translation>der Zeit, in der die Kamera dich in diesem Zeitraum sah</translation>
    </message>
</context>
<context>
    <name>CheckInPopup</name>
    <message>
        <source>postureapp — check-in</source>
        <translation>postureapp — Wie geht&apos;s?</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>How does your upper back feel today?</source>
        <translation>Wie fühlt sich dein oberer Rücken heute an?</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Better than before</source>
        <translation>Besser als zuvor</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>Ungefähr gleich</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>Worse than before</source>
        <translation>Schlechter als zuvor</translation>
    </message>
    <message>
        <source>How stiff, from 0 (not at all) to 10? Optional.</source>
        <translation>Wie steif, von 0 (gar nicht) bis 10? Freiwillig.</translation>
    </message>
    <message>
        <source>Stiffness {0} of 10</source>
        <translation>Steifheit {0} von 10</translation>
    </message>
    <message>
        <source>0 is not stiff at all, 10 is very stiff</source>
        <translation>0 ist gar nicht steif, 10 ist sehr steif</translation>
    </message>
    <message>
        <source>Something else is wrong</source>
        <translation>Etwas anderes stimmt nicht</translation>
    </message>
    <message>
        <source>Something else is wrong: show the signs</source>
        <translation>Etwas anderes stimmt nicht: Warnzeichen zeigen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Not now, close the check-in</source>
        <translation>Nicht jetzt, Nachfrage schließen</translation>
    </message>
    <message>
        <source>Thank you for telling us. If any of these fit, please see a clinician; the emergency one needs care straight away.</source>
        <translation>Danke, dass du es sagst. Wenn eines dieser Zeichen passt, geh bitte zu einem Arzt; beim Notfall-Zeichen brauchst du sofort Hilfe.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the warning signs</source>
        <translation>Warnzeichen schließen</translation>
    </message>
</context>
<context>
    <name>CheckInsModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Wie es sich anfühlte</translation>
    </message>
    <message>
        <source>Stiffness (0–10)</source>
        <translation>Steifheit (0–10)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>break-now: no exercise with the id {0}</source>
        <translation>break-now: Es gibt keine Übung mit der ID {0}</translation>
    </message>
    <message>
        <source>break-now: exercise breaks are paused for safety; resume them from About &amp; safety (postureapp open about) once a clinician has looked at it, or it has passed</source>
        <translation>break-now: Übungspausen sind zu deiner Sicherheit ausgesetzt; setze sie unter „Über &amp; Sicherheit“ fort (postureapp open about), sobald ein Arzt es angesehen hat oder es vorbei ist</translation>
    </message>
    <message>
        <source>a break is already on screen</source>
        <translation>Es ist schon eine Pause auf dem Bildschirm</translation>
    </message>
    <message>
        <source>no exercise fits your settings</source>
        <translation>Keine Übung passt zu deinen Einstellungen</translation>
    </message>
    <message>
        <source>this exercise is switched off in your settings</source>
        <translation>Diese Übung ist in deinen Einstellungen ausgeschaltet</translation>
    </message>
    <message>
        <source>pause: an argument is required</source>
        <translation>pause: Ein Argument ist nötig</translation>
    </message>
    <message>
        <source>no break is on screen</source>
        <translation>Es ist keine Pause auf dem Bildschirm</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>Der strenge Modus ist an: Pausen können nicht übersprungen werden</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>No exercise fits your settings for a long break. Check the body areas and positions in Settings, or your own exercise folder.</source>
        <extracomment>A sleep this long in the middle of a break ends it (as far as it got) rather than resuming.</extracomment>
        <translation>Keine Übung passt zu deinen Einstellungen für eine lange Pause. Prüfe die Körperbereiche und Haltungen in den Einstellungen oder deinen eigenen Übungsordner.</translation>
    </message>
    <message>
        <source>No exercise fits your settings for a short break. Check the body areas and positions in Settings, or your own exercise folder.</source>
        <translation>Keine Übung passt zu deinen Einstellungen für eine kurze Pause. Prüfe die Körperbereiche und Haltungen in den Einstellungen oder deinen eigenen Übungsordner.</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Completed</source>
        <extracomment>Every how many days the chart&apos;s day axis carries a date; today is always labelled. At most this many dates under the bars, whatever the grain. The stiffness trend&apos;s colour: the illustrations&apos; accent, readable on light and dark. Warning-sign days: a red that reads on light and dark.</extracomment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Übersprungen oder verschoben</translation>
    </message>
    <message>
        <source>Streak goal</source>
        <translation>Serienziel</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Steifheit</translation>
    </message>
    <message>
        <source>Warning sign reported</source>
        <translation>Warnzeichen gemeldet</translation>
    </message>
    <message>
        <source>stiffness</source>
        <translation>Steifheit</translation>
    </message>
    <message>
        <source>Today {0}; most in a day {1}; the goal of {2} was reached on {3} of {4} days</source>
        <translation>Heute {0}; meiste an einem Tag {1}; das Ziel von {2} wurde an {3} von {4} Tagen erreicht</translation>
    </message>
    <message>
        <source>{0} bars; completed breaks in the last {1}, the most in one {2}</source>
        <translation>{0} Balken; abgeschlossene Pausen im letzten: {1}, höchstens in einem: {2}</translation>
    </message>
    <message>
        <source>; a warning sign was reported in {0} of them</source>
        <translation>; in {0} davon wurde ein Warnzeichen gemeldet</translation>
    </message>
</context>
<context>
    <name>DesktopCheckIn</name>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Mehr…</translation>
    </message>
    <message>
        <source>How does your upper back feel today?</source>
        <translation>Wie fühlt sich dein oberer Rücken heute an?</translation>
    </message>
    <message>
        <source>Compared with before. “More…” rates the stiffness or reports a warning sign.</source>
        <translation>Im Vergleich zu vorher. „Mehr…“ bewertet die Steifheit oder meldet ein Warnzeichen.</translation>
    </message>
</context>
<context>
    <name>DesktopNotice</name>
    <message>
        <source>A long break</source>
        <translation>Eine lange Pause</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>Eine kurze Pause</translation>
    </message>
    <message>
        <source>{0} in {1} s</source>
        <translation>{0} in {1} s</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt beginnen</translation>
    </message>
    <message>
        <source>In {0} min</source>
        <translation>In {0} min</translation>
    </message>
    <message>
        <source>Finish your thought; the break starts when this counts down.</source>
        <translation>Bring deinen Gedanken zu Ende; die Pause beginnt, wenn dies abgelaufen ist.</translation>
    </message>
</context>
<context>
    <name>ExerciseChoices</name>
    <message>
        <source>&amp;Not this one again</source>
        <extracomment>What the user chose in this break, per exercise: (not again, more like this).</extracomment>
        <translation>Diese &amp;nicht mehr</translation>
    </message>
    <message>
        <source>Not this one again</source>
        <translation>Diese nicht mehr</translation>
    </message>
    <message>
        <source>Never offer this exercise again; undo it in Settings, Exercises</source>
        <translation>Diese Übung nie mehr anbieten; rückgängig in Einstellungen, Übungen</translation>
    </message>
    <message>
        <source>&amp;More like this</source>
        <translation>&amp;Mehr davon</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Mehr davon</translation>
    </message>
    <message>
        <source>Offer this exercise more often</source>
        <translation>Diese Übung öfter anbieten</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>postureapp — New exercise</source>
        <extracomment>How soon after the last keystroke the whole exercise is checked again.</extracomment>
        <translation>postureapp — Neue Übung</translation>
    </message>
    <message>
        <source>postureapp — Edit exercise</source>
        <translation>postureapp — Übung bearbeiten</translation>
    </message>
    <message>
        <source>The exercise</source>
        <translation>Die Übung</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Nach vorne</translation>
    </message>
    <message>
        <source>Steps, in the order they are done</source>
        <translation>Schritte, in der Reihenfolge der Übung</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Length of the preview break</source>
        <translation>Länge der Probepause</translation>
    </message>
    <message>
        <source>+ A&amp;dd step</source>
        <translation>+ Schritt hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>▶ Tr&amp;y it as a break</source>
        <translation>▶ Als &amp;Pause testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Pausenlänge</translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation>Schritt {0}</translation>
    </message>
    <message>
        <source>✓ Ready: it can be saved and tried as a break.</source>
        <translation>✓ Fertig: Die Übung kann gespeichert und als Pause getestet werden.</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>Schritt {0}</translation>
    </message>
    <message>
        <source>1 thing to fix or fill in before saving: {1}</source>
        <translation>Vor dem Speichern 1 Sache korrigieren oder ausfüllen: {1}</translation>
    </message>
    <message>
        <source>{0} things to fix or fill in before saving: {1}</source>
        <translation>Vor dem Speichern {0} Sachen korrigieren oder ausfüllen: {1}</translation>
    </message>
    <message>
        <source>As written it lasts {0} s; a break repeats or holds it to fit.</source>
        <translation>So geschrieben dauert sie {0} s; eine Pause wiederholt oder hält sie, bis es passt.</translation>
    </message>
    <message>
        <source>postureapp — preview of {0}</source>
        <translation>postureapp — Probe von {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The exercise could not be saved in {0}: {1}</source>
        <translation>Die Übung konnte nicht in {0} gespeichert werden: {1}</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>Your changes to this exercise are not saved. Leave anyway?</source>
        <translation>Deine Änderungen an dieser Übung sind nicht gespeichert. Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>ExerciseKeeper</name>
    <message>
        <source>Exercise skipped: {0}</source>
        <extracomment>How long the folder must be quiet before it is read again.</extracomment>
        <translation>Übung übersprungen: {0}</translation>
    </message>
</context>
<context>
    <name>ExercisesPanel</name>
    <message>
        <source>By exercise</source>
        <translation>Nach Übung</translation>
    </message>
    <message>
        <source>By body area</source>
        <translation>Nach Körperbereich</translation>
    </message>
    <message>
        <source>Breaks per exercise: sort by any column</source>
        <translation>Pausen je Übung: nach jeder Spalte sortierbar</translation>
    </message>
    <message>
        <source>Breaks per exercise, by how they ended</source>
        <translation>Pausen je Übung, nach ihrem Ausgang</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>Körperbereich</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Breaks that worked each area: completed, ended early (paler), skipped or snoozed (grey). An exercise counts for every area it works.</source>
        <translation>Pausen, die jeden Bereich trainiert haben: abgeschlossen, vorzeitig beendet (heller), übersprungen oder verschoben (grau). Eine Übung zählt für jeden Bereich, den sie trainiert.</translation>
    </message>
    <message>
        <source>Breaks with each exercise: completed, ended early (paler), skipped or snoozed (grey); the ten done most. Click a column to sort the table.</source>
        <translation>Pausen mit jeder Übung: abgeschlossen, vorzeitig beendet (heller), übersprungen oder verschoben (grau); die zehn häufigsten. Klicke auf eine Spalte, um die Tabelle zu sortieren.</translation>
    </message>
</context>
<context>
    <name>ExercisesWindow</name>
    <message>
        <source>sitting</source>
        <translation>im Sitzen</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>im Stehen</translation>
    </message>
    <message>
        <source>on the floor</source>
        <translation>am Boden</translation>
    </message>
    <message>
        <source>postureapp — Your exercises</source>
        <translation>postureapp — Deine Übungen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Make your own, for example the routine your physiotherapist gave you, or copy a built-in one to change it. Yours are saved in {0} and come up in your breaks. Drop a pack file here to add the exercises in it.</source>
        <translation>Erstelle eigene, etwa die Übungen von deiner Physiotherapeutin, oder kopiere eine mitgelieferte, um sie zu ändern. Deine werden in {0} gespeichert und kommen in deinen Pausen vor. Zieh eine Paketdatei hierher, um ihre Übungen hinzuzufügen.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Exercises, your own first</source>
        <translation>Übungen, deine eigenen zuerst</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <translation>&amp;Neue Übung…</translation>
    </message>
    <message>
        <source>&amp;Copy to a new one…</source>
        <translation>&amp;Kopieren als neue…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the chosen exercises as one file to share</source>
        <translation>Die gewählten Übungen als eine Datei zum Teilen speichern</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add the exercises of a pack file</source>
        <translation>Die Übungen einer Paketdatei hinzufügen</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Deine</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Yours (none yet: press New exercise)</source>
        <translation>Deine (noch keine: drück auf Neue Übung)</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (Kopie)</translation>
    </message>
    <message>
        <source>{0} (mine)</source>
        <translation>{0} (meine)</translation>
    </message>
    <message>
        <source>Delete exercises</source>
        <translation>Übungen löschen</translation>
    </message>
    <message>
        <source>Delete {0}? The file is kept aside as .deleted in {1}.</source>
        <translation>{0} löschen? Die Datei wird als .deleted in {1} aufbewahrt.</translation>
    </message>
    <message>
        <source>Export exercises</source>
        <translation>Übungen exportieren</translation>
    </message>
    <message>
        <source>Exercise packs (*.zip)</source>
        <translation>Übungspakete (*.zip)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>{0} exercise(s) saved in {1}. Send that file to share them.</source>
        <translation>{0} Übung(en) in {1} gespeichert. Schick diese Datei, um sie zu teilen.</translation>
    </message>
    <message>
        <source>Import exercises</source>
        <translation>Übungen importieren</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>{0} h {1} min</source>
        <extracomment>Exercises named in each of the &quot;done most&quot; and &quot;done least&quot; lists.</extracomment>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>postureapp — History</source>
        <extracomment>The breaks table shows only this many of the range, so it fills in milliseconds. The exercises the settings may offer; only these appear as &quot;done least&quot; (None: all).</extracomment>
        <translation>postureapp — Verlauf</translation>
    </message>
    <message>
        <source>Your breaks</source>
        <translation>Deine Pausen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Übungen…</translation>
    </message>
    <message>
        <source>Your exercises: make, change or share</source>
        <translation>Deine Übungen: erstellen, ändern oder teilen</translation>
    </message>
    <message>
        <source>Result of the last import, export or report</source>
        <translation>Ergebnis des letzten Imports, Exports oder Berichts</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import breaks and check-ins from a CSV or JSON export</source>
        <translation>Pausen und Nachfragen aus einem CSV- oder JSON-Export importieren</translation>
    </message>
    <message>
        <source>Export all breaks and check-ins as CSV or JSON</source>
        <translation>Alle Pausen und Nachfragen als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <source>Save a one-page PDF report of the range shown</source>
        <translation>Einen einseitigen PDF-Bericht über den gezeigten Zeitraum speichern</translation>
    </message>
    <message>
        <source>Views of the range</source>
        <translation>Ansichten des Zeitraums</translation>
    </message>
    <message>
        <source>&amp;Over time</source>
        <translation>&amp;Zeitverlauf</translation>
    </message>
    <message>
        <source>E&amp;xercises and areas</source>
        <translation>Ü&amp;bungen und Bereiche</translation>
    </message>
    <message>
        <source>Check-ins, newest first</source>
        <translation>Nachfragen, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation>&amp;Nachfragen</translation>
    </message>
    <message>
        <source>Breaks in the range, newest first</source>
        <translation>Pausen im Zeitraum, neueste zuerst</translation>
    </message>
    <message>
        <source>Columns of the breaks</source>
        <translation>Spalten der Pausen</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausen</translation>
    </message>
    <message>
        <source>Breaks over the range, with stiffness</source>
        <translation>Pausen im Zeitraum, mit Steifheit</translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>Am häufigsten gemachte Übungen</translation>
    </message>
    <message>
        <source>Exercises done least</source>
        <translation>Am seltensten gemachte Übungen</translation>
    </message>
    <message>
        <source>Done most</source>
        <translation>Am häufigsten</translation>
    </message>
    <message>
        <source>Done least</source>
        <translation>Am seltensten</translation>
    </message>
    <message>
        <source>When you take your first break, this window shows how your days go: breaks per day, your streak, and the exercises you do most.

You can take one now from the tray menu: Take a break now. Or bring your history from another computer with Import….</source>
        <translation>Sobald du deine erste Pause machst, zeigt dieses Fenster, wie deine Tage laufen: Pausen pro Tag, deine Serie und die Übungen, die du am häufigsten machst.

Du kannst jetzt eine über das Menü im Infobereich machen: Jetzt Pause machen. Oder hol deinen Verlauf mit Importieren… von einem anderen Computer.</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pausen pro Tag</translation>
    </message>
    <message>
        <source>Breaks per week</source>
        <translation>Pausen pro Woche</translation>
    </message>
    <message>
        <source>Breaks per month</source>
        <translation>Pausen pro Monat</translation>
    </message>
    <message>
        <source>goal {0} a day (dashed); </source>
        <translation>Ziel {0} am Tag (gestrichelt); </translation>
    </message>
    <message>
        <source>: done, ended early (paler), put off (grey); </source>
        <translation>: gemacht, vorzeitig beendet (heller), aufgeschoben (grau); </translation>
    </message>
    <message>
        <source>stiffness 0–10 (orange); ▲ a warning sign</source>
        <translation>Steifheit 0–10 (orange); ▲ ein Warnzeichen</translation>
    </message>
    <message>
        <source>Export breaks and check-ins</source>
        <translation>Pausen und Nachfragen exportieren</translation>
    </message>
    <message>
        <source>cannot tell the format from {0}: name the file .csv or .json</source>
        <translation>Das Format ist an {0} nicht zu erkennen: Geben Sie der Datei die Endung .csv oder .json</translation>
    </message>
    <message>
        <source>wrote {0} breaks and {1} check-ins to {2}</source>
        <translation>{0} Pausen und {1} Nachfragen in {2} geschrieben</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>{0} wird importiert…</translation>
    </message>
    <message>
        <source>Import breaks and check-ins</source>
        <translation>Pausen und Nachfragen importieren</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation>Exporte (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>added {0}, already present {1}</source>
        <translation>hinzugefügt {0}, schon vorhanden {1}</translation>
    </message>
    <message>
        <source>check-ins: added {0}, already present {1}</source>
        <translation>Nachfragen: hinzugefügt {0}, schon vorhanden {1}</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>{0} importiert</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Report saved: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;</source>
        <translation>Bericht gespeichert: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation>{0} konnte nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <source>No breaks yet</source>
        <translation>Noch keine Pausen</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}&#xa0;%</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>the break log cannot be used right now: {0}</source>
        <extracomment>As the command line: records per transaction, and the pause between two.</extracomment>
        <translation>das Pausenprotokoll ist gerade nicht nutzbar: {0}</translation>
    </message>
</context>
<context>
    <name>HurtDialog</name>
    <message>
        <source>Pause exercise breaks</source>
        <translation>Übungspausen aussetzen</translation>
    </message>
    <message>
        <source>Pause exercise breaks until it is better</source>
        <translation>Übungspausen aussetzen, bis es besser ist</translation>
    </message>
    <message>
        <source>Keep them on</source>
        <translation>Eingeschaltet lassen</translation>
    </message>
    <message>
        <source>Keep exercise breaks on</source>
        <translation>Übungspausen eingeschaltet lassen</translation>
    </message>
</context>
<context>
    <name>NoticePopup</name>
    <message>
        <source>It comes early: the camera has seen a slouch for a while ({0}). Its exercise answers that.</source>
        <translation>Sie kommt früher: Die Kamera hat dich eine Weile krumm sitzen sehen ({0}). Ihre Übung wirkt dem entgegen.</translation>
    </message>
    <message>
        <source>postureapp — break coming</source>
        <translation>postureapp — Pause kommt</translation>
    </message>
    <message>
        <source>A long break</source>
        <translation>Eine lange Pause</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>Eine kurze Pause</translation>
    </message>
    <message>
        <source>postureapp</source>
        <translation>postureapp</translation>
    </message>
    <message>
        <source>Break coming</source>
        <translation>Pause kommt</translation>
    </message>
    <message>
        <source>Finish your thought; the break starts when this counts down.</source>
        <translation>Bring deinen Gedanken zu Ende; die Pause beginnt, wenn dies abgelaufen ist.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt beginnen</translation>
    </message>
    <message>
        <source>Start the break now</source>
        <translation>Die Pause jetzt beginnen</translation>
    </message>
    <message>
        <source>In {0} min</source>
        <translation>In {0} min</translation>
    </message>
    <message>
        <source>Postpone the break by {0} minutes</source>
        <translation>Die Pause um {0} Minuten verschieben</translation>
    </message>
    <message>
        <source>It cannot be postponed again.</source>
        <translation>Sie kann nicht noch einmal verschoben werden.</translation>
    </message>
    <message>
        <source>{0} in {1} s</source>
        <translation>{0} in {1} s</translation>
    </message>
</context>
<context>
    <name>PoseCanvas</name>
    <message>
        <source>Figure to pose</source>
        <extracomment>How near (in pixels) a press must be to a handle to take it. How far (in cm of the figure) an arrow key moves the selected handle. The handles&apos; names as a person reads them.</extracomment>
        <translation>Figur zum Posieren</translation>
    </message>
    <message>
        <source>Drag a round handle to move that part; arrow keys move the chosen one</source>
        <translation>Zieh einen runden Griff, um das Körperteil zu bewegen; die Pfeiltasten bewegen den gewählten</translation>
    </message>
</context>
<context>
    <name>PoseEditor</name>
    <message>
        <source>Start from</source>
        <extracomment>A new picture starts as this spec with the chosen posture.</extracomment>
        <translation>Ausgangspunkt</translation>
    </message>
    <message>
        <source>Start from…</source>
        <translation>Ausgangspunkt…</translation>
    </message>
    <message>
        <source>Begin with a posture, or a copy of a built-in picture</source>
        <translation>Mit einer Haltung beginnen oder mit einer Kopie eines mitgelieferten Bildes</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Nahansicht</translation>
    </message>
    <message>
        <source>Show the body from the hips up, for small movements</source>
        <translation>Den Körper ab der Hüfte zeigen, für kleine Bewegungen</translation>
    </message>
    <message>
        <source>Start pose</source>
        <translation>Anfangspose</translation>
    </message>
    <message>
        <source>End pose</source>
        <translation>Endpose</translation>
    </message>
    <message>
        <source>Pose the figure as the step begins</source>
        <translation>Die Figur so stellen, wie der Schritt beginnt</translation>
    </message>
    <message>
        <source>Pose the figure as the movement ends</source>
        <translation>Die Figur so stellen, wie die Bewegung endet</translation>
    </message>
    <message>
        <source>Copy the other pose</source>
        <translation>Andere Pose übernehmen</translation>
    </message>
    <message>
        <source>Make this pose the same as the other one</source>
        <translation>Diese Pose wie die andere machen</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Abspielen</translation>
    </message>
    <message>
        <source>Play the movement</source>
        <translation>Die Bewegung abspielen</translation>
    </message>
    <message>
        <source>The movement, as in a break</source>
        <translation>Die Bewegung, wie in einer Pause</translation>
    </message>
    <message>
        <source>Click to pose again</source>
        <translation>Klicken, um weiter zu posieren</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Part of the body</source>
        <translation>Körperteil</translation>
    </message>
    <message>
        <source>Both sides alike</source>
        <translation>Beide Seiten gleich</translation>
    </message>
    <message>
        <source>Set the same angles on the left and the right</source>
        <translation>Links und rechts dieselben Winkel einstellen</translation>
    </message>
    <message>
        <source>Reset this part</source>
        <translation>Dieses Teil zurücksetzen</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <source>No arrow</source>
        <translation>Kein Pfeil</translation>
    </message>
    <message>
        <source>An arrow beside the path of this point</source>
        <translation>Ein Pfeil neben dem Weg dieses Punkts</translation>
    </message>
    <message>
        <source>Arrow along</source>
        <translation>Pfeil entlang</translation>
    </message>
    <message>
        <source>Pick End pose and drag a round handle to where the movement ends (or choose a part and set its angles); Play shows the movement as a break will.</source>
        <translation>Wähle Endpose und zieh einen runden Griff dorthin, wo die Bewegung endet (oder wähle ein Teil und stell seine Winkel ein); Abspielen zeigt die Bewegung wie in einer Pause.</translation>
    </message>
</context>
<context>
    <name>PostureApp</name>
    <message>
        <source>The break log was damaged. It was kept as {0}, and a new one was started.</source>
        <extracomment>How long to wait at start-up for a tray host that starts after us; longer at login, where the panel often comes up a little after the autostart entries.</extracomment>
        <translation>Das Pausenprotokoll war beschädigt. Es wurde als {0} aufbewahrt, und ein neues wurde begonnen.</translation>
    </message>
    <message>
        <source>Starting at login could not be switched on: {0}</source>
        <translation>Der Start bei der Anmeldung konnte nicht eingeschaltet werden: {0}</translation>
    </message>
    <message>
        <source>Starting at login could not be switched off: {0}</source>
        <translation>Der Start bei der Anmeldung konnte nicht ausgeschaltet werden: {0}</translation>
    </message>
</context>
<context>
    <name>PosturePanel</name>
    <message>
        <source>When this is on, postureapp switches the camera on a few times a minute, for about a second, and reads from one picture where your ears and shoulders are. The picture is dropped at once; no picture is ever kept or sent, and nothing leaves this computer. What is kept are numbers: how you sit when upright, and each day&apos;s time upright and slouched. While the camera is on, the tray icon shows a red dot. The camera is not used while another program uses it or the microphone.</source>
        <translation>Wenn dies an ist, schaltet postureapp die Kamera einige Male pro Minute für etwa eine Sekunde ein und liest aus einem Bild, wo deine Ohren und Schultern sind. Das Bild wird sofort verworfen; kein Bild wird je behalten oder gesendet, und nichts verlässt diesen Computer. Behalten werden Zahlen: wie du aufrecht sitzt und die Zeit jedes Tages, aufrecht und krumm. Solange die Kamera an ist, zeigt das Symbol im Infobereich einen roten Punkt. Die Kamera wird nicht benutzt, solange ein anderes Programm sie oder das Mikrofon nutzt.</translation>
    </message>
    <message>
        <source>● The camera is on</source>
        <translation>● Die Kamera ist an</translation>
    </message>
    <message>
        <source>The camera is on</source>
        <translation>Die Kamera ist an</translation>
    </message>
    <message>
        <source>Calibrate: sit tall for a few seconds</source>
        <translation>Kalibrieren: einige Sekunden aufrecht sitzen</translation>
    </message>
    <message>
        <source>Sit tall, facing the screen, shoulders relaxed, and keep still for a moment…</source>
        <translation>Sitz aufrecht, zum Bildschirm gewandt, die Schultern locker, und halte einen Moment still…</translation>
    </message>
    <message>
        <source>Recalibrate: sit tall for a few seconds</source>
        <translation>Neu kalibrieren: einige Sekunden aufrecht sitzen</translation>
    </message>
    <message>
        <source>Switch posture sensing on below to calibrate.</source>
        <translation>Schalte die Haltungserkennung unten ein, um zu kalibrieren.</translation>
    </message>
    <message>
        <source>The camera could not be read: {0}</source>
        <translation>Die Kamera konnte nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>Calibrated. Recalibrate when you move the camera or chair.</source>
        <translation>Kalibriert. Kalibriere neu, wenn du Kamera oder Stuhl verschiebst.</translation>
    </message>
    <message>
        <source>Not calibrated yet: sit tall and press Calibrate, so slouches can be told.</source>
        <translation>Noch nicht kalibriert: Sitz aufrecht und drück auf Kalibrieren, damit eine krumme Haltung erkannt werden kann.</translation>
    </message>
    <message>
        <source>Calibrated: this is your upright posture now.</source>
        <translation>Kalibriert: Das ist jetzt deine aufrechte Haltung.</translation>
    </message>
</context>
<context>
    <name>PostureWatch</name>
    <message>
        <source>Another program is using the camera or the microphone.</source>
        <extracomment>How many pictures a calibration takes (over about as many seconds). The day&apos;s figures are handed to the log at most this often (and at a new day, and at the end).</extracomment>
        <translation>Ein anderes Programm nutzt die Kamera oder das Mikrofon.</translation>
    </message>
</context>
<context>
    <name>ProfessionalSuggestion</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK, close this note</source>
        <translation>OK, diesen Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <source>Range shown</source>
        <translation>Gezeigter Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>Von–bis</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Erster gezeigter Tag</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Letzter gezeigter Tag</translation>
    </message>
    <message>
        <source>Days in the range</source>
        <translation>Tage im Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} Tage</translation>
    </message>
</context>
<context>
    <name>RecentBreaksModel</name>
    <message>
        <source>When</source>
        <extracomment>The role that gives the whole `BreakRow` of a table row, for views that need more than text.</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Time done</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Ausgelöst von</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Lang</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Stopped: it hurt</source>
        <translation>Abgebrochen: tat weh</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Natürliche Pause</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>This break is on screen now.</source>
        <translation>Diese Pause ist gerade auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>You did the whole break.</source>
        <translation>Du hast die ganze Pause gemacht.</translation>
    </message>
    <message>
        <source>You skipped this break.</source>
        <translation>Du hast diese Pause übersprungen.</translation>
    </message>
    <message>
        <source>You put this break off for a few minutes.</source>
        <translation>Du hast diese Pause um ein paar Minuten verschoben.</translation>
    </message>
    <message>
        <source>You ended it before the end; the minutes count, the break is not completed.</source>
        <translation>Du hast sie vor dem Ende beendet; die Minuten zählen, die Pause gilt nicht als abgeschlossen.</translation>
    </message>
    <message>
        <source>You stopped because something hurt. If it keeps hurting, see a clinician.</source>
        <translation>Du hast aufgehört, weil etwas wehtat. Wenn es weiter wehtut, geh zu einem Arzt.</translation>
    </message>
    <message>
        <source>You were away from the computer long enough to rest.</source>
        <translation>Du warst lange genug vom Computer weg, um dich zu erholen.</translation>
    </message>
    <message>
        <source>The app stopped while this break was on screen.</source>
        <translation>Die App wurde beendet, während diese Pause auf dem Bildschirm war.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation>Feste Zeit</translation>
    </message>
    <message>
        <source>Time away</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Your posture</source>
        <translation>Deine Haltung</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} min {1} s</source>
        <translation>{0} min {1} s</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>The break log {0} cannot be opened ({1}).</source>
        <extracomment>Seconds between two tries while the log refuses writes; the last one repeats. How long one write may wait for another writer&apos;s lock, on the GUI thread. Failed tries (about 8 s) before the user is told that outcomes are waiting. Errors that mean &quot;not now&quot;: retried. Anything else about a row is a bug, and it is dropped.</extracomment>
        <translation>Das Pausenprotokoll {0} lässt sich nicht öffnen ({1}).</translation>
    </message>
    <message>
        <source>Breaks cannot be written to the log {0} ({1}).</source>
        <translation>Pausen können nicht ins Protokoll {0} geschrieben werden ({1}).</translation>
    </message>
    <message>
        <source>{0} Breaks still run, and what they record is kept in {1} until the log takes it.</source>
        <translation>{0} Pausen laufen weiter, und was sie aufzeichnen, wird in {1} aufbewahrt, bis das Protokoll es annimmt.</translation>
    </message>
    <message>
        <source>{0} Breaks still run, and what they record is kept in memory until the log takes it (the journal {1} cannot be written either: {2}), so it is lost if postureapp stops first.</source>
        <translation>{0} Pausen laufen weiter, und was sie aufzeichnen, bleibt im Arbeitsspeicher, bis das Protokoll es annimmt (auch das Journal {1} lässt sich nicht schreiben: {2}); es geht also verloren, wenn postureapp vorher beendet wird.</translation>
    </message>
    <message>
        <source>The journal of breaks waiting to be logged could not be read, so what it held was not logged. It is kept as {0}.</source>
        <translation>Das Journal der Pausen, die auf das Protokoll warten, ließ sich nicht lesen, daher wurde sein Inhalt nicht protokolliert. Es wird als {0} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Breaks and check-ins: a report for your clinician</source>
        <extracomment>The charts are laid out as if the paper were a screen of this many dots per inch. Exercises listed under &quot;done most&quot;.</extracomment>
        <translation>Pausen und Nachfragen: Bericht für Arzt oder Therapeut</translation>
    </message>
    <message>
        <source>{0} to {1} ({2} days)</source>
        <translation>{0} bis {1} ({2} Tage)</translation>
    </message>
    <message>
        <source>Made on {0} with postureapp {1}, from the breaks and check-ins it logged.</source>
        <translation>Erstellt am {0} mit postureapp {1}, aus den Pausen und Nachfragen, die es aufgezeichnet hat.</translation>
    </message>
    <message>
        <source>This is a self-report: what the user did and felt, as they logged it. It is not a diagnosis and not medical advice.</source>
        <translation>Dies ist eine Selbstauskunft: was die Person getan und gespürt hat, so wie sie es eingetragen hat. Es ist keine Diagnose und keine medizinische Beratung.</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Abgeschlossene Pausen</translation>
    </message>
    <message>
        <source>of {0} reminders{1}</source>
        <translation>von {0} Erinnerungen{1}</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>{0} because it hurt</source>
        <translation>{0} davon, weil es wehtat</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Übersprungen oder verschoben</translation>
    </message>
    <message>
        <source>reminders put off</source>
        <translation>aufgeschobene Erinnerungen</translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation>Übungszeit</translation>
    </message>
    <message>
        <source>{0} a day</source>
        <translation>{0} am Tag</translation>
    </message>
    <message>
        <source>Stiffness 0–10</source>
        <translation>Steifheit 0–10</translation>
    </message>
    <message>
        <source>first and last week rated</source>
        <translation>erste und letzte bewertete Woche</translation>
    </message>
    <message>
        <source>too few ratings</source>
        <translation>zu wenige Bewertungen</translation>
    </message>
    <message>
        <source>Days with a warning sign</source>
        <translation>Tage mit Warnzeichen</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>keine gemeldet</translation>
    </message>
    <message>
        <source>…, {0}</source>
        <translation>…, {0}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pausen pro Tag</translation>
    </message>
    <message>
        <source>Breaks per week</source>
        <translation>Pausen pro Woche</translation>
    </message>
    <message>
        <source>Breaks per month</source>
        <translation>Pausen pro Monat</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>skipped or snoozed</source>
        <translation>übersprungen oder verschoben</translation>
    </message>
    <message>
        <source>goal: {0} a day</source>
        <translation>Ziel: {0} am Tag</translation>
    </message>
    <message>
        <source>Stiffness from check-ins (0 none, 10 very stiff)</source>
        <translation>Steifheit aus den Nachfragen (0 keine, 10 sehr steif)</translation>
    </message>
    <message>
        <source>mean stiffness</source>
        <translation>mittlere Steifheit</translation>
    </message>
    <message>
        <source>warning sign reported</source>
        <translation>Warnzeichen gemeldet</translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation>Keine Nachfragen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Minutes by body area</source>
        <translation>Minuten nach Körperbereich</translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>Am häufigsten gemachte Übungen</translation>
    </message>
    <message>
        <source>No exercise time in this period.</source>
        <translation>Keine Übungszeit in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>An exercise counts for every area it works; a break&apos;s time is shared by its exercises.</source>
        <translation>Eine Übung zählt für jeden Bereich, den sie trainiert; die Zeit einer Pause wird auf ihre Übungen aufgeteilt.</translation>
    </message>
    <message>
        <source>Self-reported with postureapp. Not a diagnosis. Page 1 of 1.</source>
        <translation>Selbstauskunft mit postureapp. Keine Diagnose. Seite 1 von 1.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Vorzeitig</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>None done in this period.</source>
        <translation>Keine in diesem Zeitraum gemacht.</translation>
    </message>
    <message>
        <source>Notes from check-ins (newest first)</source>
        <translation>Notizen aus den Nachfragen (neueste zuerst)</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Keine Notizen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>1 more note is in the app and its export.</source>
        <translation>1 weitere Notiz steht in der App und ihrem Export.</translation>
    </message>
    <message>
        <source>{0} more notes are in the app and its export.</source>
        <translation>{0} weitere Notizen stehen in der App und ihrem Export.</translation>
    </message>
    <message>
        <source>… ({0} more words in the app)</source>
        <translation>… ({0} weitere Wörter in der App)</translation>
    </message>
</context>
<context>
    <name>Sensing</name>
    <message>
        <source>Switch posture sensing on first.</source>
        <translation>Schalte zuerst die Haltungserkennung ein.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Create or edit your own exercises…</source>
        <translation>Eigene Übungen erstellen oder bearbeiten…</translation>
    </message>
    <message>
        <source>Create or edit your own exercises</source>
        <translation>Eigene Übungen erstellen oder bearbeiten</translation>
    </message>
    <message>
        <source>postureapp — Settings</source>
        <translation>postureapp — Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>Auf Standard&amp;werte zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausen</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>Ü&amp;bungen</translation>
    </message>
    <message>
        <source>Be&amp;haviour</source>
        <translation>&amp;Verhalten</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Kamera</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <translation>Kurze Pausen</translation>
    </message>
    <message>
        <source>Long breaks</source>
        <translation>Lange Pausen</translation>
    </message>
    <message>
        <source>Notice and snooze</source>
        <translation>Ankündigung und Verschieben</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Breaks at fixed times</source>
        <translation>Pausen zu festen Zeiten</translation>
    </message>
    <message>
        <source>Hold a break while busy</source>
        <translation>Pausen anhalten, wenn du beschäftigt bist</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>What exercises may ask for</source>
        <translation>Was Übungen brauchen dürfen</translation>
    </message>
    <message>
        <source>Each exercise</source>
        <translation>Jede Übung</translation>
    </message>
    <message>
        <source>none — e.g. 09:00-12:30, 13:30-17:30</source>
        <translation>keine — z. B. 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>none — e.g. 11:00, 15:30</source>
        <translation>keine — z. B. 11:00, 15:30</translation>
    </message>
    <message>
        <source>the usual folder</source>
        <translation>der übliche Ordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for {0}</source>
        <translation>{0} durchsuchen</translation>
    </message>
    <message>
        <source>Could not change this: {0}</source>
        <translation>Konnte nicht geändert werden: {0}</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Put every setting back to its default value? Cancel will still bring back the settings you had before.</source>
        <translation>Alle Einstellungen auf ihren Standardwert zurücksetzen? „Abbrechen“ holt trotzdem die Einstellungen zurück, die du vorher hattest.</translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <source>Your settings could not be saved: {0}</source>
        <translation>Deine Einstellungen konnten nicht gespeichert werden: {0}</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>postureapp</source>
        <translation>postureapp</translation>
    </message>
    <message>
        <source>POSTUREAPP</source>
        <translation>POSTUREAPP</translation>
    </message>
    <message>
        <source>● The camera is on</source>
        <translation>● Die Kamera ist an</translation>
    </message>
    <message>
        <source>Next break</source>
        <translation>Nächste Pause</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for your safety; breaks only remind you to move.</source>
        <translation>Übungspausen sind zu deiner Sicherheit ausgesetzt; Pausen erinnern dich nur daran, dich zu bewegen.</translation>
    </message>
    <message>
        <source>Pause for</source>
        <translation>Aussetzen für</translation>
    </message>
    <message>
        <source>Closing it hides it; run postureapp again to bring it back.</source>
        <translation>Schließen blendet es aus; starte postureapp erneut, um es zurückzuholen.</translation>
    </message>
    <message>
        <source>Closing it only minimises it; use Quit to stop the app.</source>
        <translation>Schließen minimiert es nur; mit „Beenden“ stoppst du die App.</translation>
    </message>
    <message>
        <source>No system tray shows postureapp&apos;s icon, so it runs from this window.</source>
        <translation>Keine Systemleiste zeigt das Symbol von postureapp, daher läuft es in diesem Fenster.</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>No breathing cue</source>
        <translation>Kein Atemhinweis</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Ruhig atmen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>In a line or two, e.g. “Breathing out, turn your chest to the right. Hold.”</source>
        <translation>In ein, zwei Zeilen, z. B. „Beim Ausatmen die Brust nach rechts drehen. Halten.“</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long, in seconds</source>
        <translation>Wie lange, in Sekunden</translation>
    </message>
    <message>
        <source>Breathing cue</source>
        <translation>Atemhinweis</translation>
    </message>
    <message>
        <source>Posed figure</source>
        <translation>Gestellte Figur</translation>
    </message>
    <message>
        <source>My own picture</source>
        <translation>Eigenes Bild</translation>
    </message>
    <message>
        <source>Mirror it for the left side</source>
        <translation>Für die linke Seite spiegeln</translation>
    </message>
    <message>
        <source>Untick for a picture with writing in it, which must not be mirrored</source>
        <translation>Abwählen bei einem Bild mit Schrift, das nicht gespiegelt werden darf</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Bild wählen…</translation>
    </message>
    <message>
        <source>No picture chosen yet.</source>
        <translation>Noch kein Bild gewählt.</translation>
    </message>
    <message>
        <source>Your picture</source>
        <translation>Dein Bild</translation>
    </message>
    <message>
        <source>SVG, PNG, JPEG or GIF (a GIF may move), up to 5 MB. It is copied into your exercises folder.</source>
        <translation>SVG, PNG, JPEG oder GIF (ein GIF darf sich bewegen), bis 5 MB. Es wird in deinen Übungsordner kopiert.</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>&amp;Was zu tun ist</translation>
    </message>
    <message>
        <source>How &amp;long</source>
        <translation>Wie &amp;lange</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>Bilder ({0})</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>{0}: details</source>
        <translation>{0}: Einzelheiten</translation>
    </message>
</context>
<context>
    <name>TallyChart</name>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Übersprungen oder verschoben</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Exercises no longer in the library</source>
        <extracomment>The role the table sorts by: numbers as numbers. The chart shows this many rows at most (the table has them all).</extracomment>
        <translation>Übungen, die nicht mehr in der Sammlung sind</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Vorzeitig</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Tat weh</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Minutes exercised (a break&apos;s time shared by its exercises)</source>
        <translation>Geübte Minuten (die Zeit einer Pause auf ihre Übungen aufgeteilt)</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Abgeschlossene Pausen</translation>
    </message>
    <message>
        <source>Breaks ended early with Done</source>
        <translation>Mit Fertig vorzeitig beendete Pausen</translation>
    </message>
    <message>
        <source>Breaks stopped with &apos;This hurts — stop&apos;</source>
        <translation>Mit „Das tut weh — Stopp“ abgebrochene Pausen</translation>
    </message>
    <message>
        <source>Breaks skipped</source>
        <translation>Übersprungene Pausen</translation>
    </message>
    <message>
        <source>Breaks snoozed</source>
        <translation>Verschobene Pausen</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>● The camera is on</source>
        <extracomment>Changes from the hosts come in bursts (a watcher, then its host); act once they settle. After making an icon, look again whether the host took it.</extracomment>
        <translation>● Die Kamera ist an</translation>
    </message>
</context>
<context>
    <name>WarningPauseDialog</name>
    <message>
        <source>I have checked this with a clinician, or it has passed</source>
        <translation>Ich habe das mit einem Arzt abgeklärt, oder es ist vorbei</translation>
    </message>
    <message>
        <source>Confirm it is safe to resume</source>
        <translation>Bestätigen, dass das Fortsetzen sicher ist</translation>
    </message>
    <message>
        <source>Resume exercise breaks</source>
        <translation>Übungspausen fortsetzen</translation>
    </message>
    <message>
        <source>Keep paused</source>
        <translation>Ausgesetzt lassen</translation>
    </message>
    <message>
        <source>Keep exercise breaks paused</source>
        <translation>Übungspausen ausgesetzt lassen</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>About postureapp and safety</source>
        <translation>Über postureapp und Sicherheit</translation>
    </message>
    <message>
        <source>About cracking</source>
        <translation>Über das Knacken</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Got it, close this window</source>
        <translation>Verstanden, dieses Fenster schließen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to safety information</source>
        <translation>Zurück zu den Sicherheitshinweisen</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>Our own formats, when the system lacks the user&apos;s locale and we ship its language. argparse&apos;s own words (it looks them up through `argparse._`), marked here for lupdate.</extracomment>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines dieser Argumente ist nötig: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht erlaubt mit Argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>explizites Argument %r ignoriert</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; lässt sich nicht öffnen: %(error)s</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>cannot read {0}: {1}</source>
        <translation>{0} kann nicht gelesen werden: {1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>{0} kann nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <source>cannot remove {0}: {1}</source>
        <translation>{0} kann nicht entfernt werden: {1}</translation>
    </message>
    <message>
        <source>cannot read the desktop entry template {0}: {1}</source>
        <translation>die Vorlage für den Desktop-Eintrag {0} kann nicht gelesen werden: {1}</translation>
    </message>
</context>
<context>
    <name>calendars</name>
    <message>
        <source>calendar support is not installed; install it with: pip install &apos;postureapp[calendars]&apos;</source>
        <extracomment>The busy times kept: from a day back (a meeting that began yesterday evening) to 8 days on, as far as the planner looks ahead. Said when the calendar libraries (the `calendars` extra) are not installed (translated where it is shown, in the &quot;calendars&quot; context).</extracomment>
        <translation>Kalenderunterstützung ist nicht installiert; installiere sie mit: pip install &apos;postureapp[calendars]&apos;</translation>
    </message>
    <message>
        <source>the name {0} must be 1 to 40 letters, digits, spaces, dots, - or _</source>
        <translation>der Name {0} muss aus 1 bis 40 Buchstaben, Ziffern, Leerzeichen, Punkten, - oder _ bestehen</translation>
    </message>
    <message>
        <source>{0}: the kind must be one of {1}, got {2}</source>
        <translation>{0}: die Art muss eine von {1} sein, erhalten {2}</translation>
    </message>
    <message>
        <source>{0}: needs a location (a path or an address)</source>
        <translation>{0}: braucht einen Ort (einen Pfad oder eine Adresse)</translation>
    </message>
    <message>
        <source>{0}: the user must be text</source>
        <translation>{0}: der Benutzer muss Text sein</translation>
    </message>
    <message>
        <source>{0}: {1} is not an absolute path</source>
        <translation>{0}: {1} ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>{0}: only a CalDAV account has a user</source>
        <translation>{0}: nur ein CalDAV-Konto hat einen Benutzer</translation>
    </message>
    <message>
        <source>{0}: {1} is not an http(s) address</source>
        <translation>{0}: {1} ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>{0}: the address holds a password; give the user with --user instead, and the password goes to the keyring</source>
        <translation>{0}: die Adresse enthält ein Passwort; gib stattdessen den Benutzer mit --user an, das Passwort kommt in den Schlüsselbund</translation>
    </message>
    <message>
        <source>two calendars are named {0} (or nearly)</source>
        <translation>zwei Kalender heißen {0} (oder fast so)</translation>
    </message>
    <message>
        <source>it is larger than {0} MB</source>
        <translation>er ist größer als {0} MB</translation>
    </message>
    <message>
        <source>part {0} is not iCalendar data</source>
        <translation>Teil {0} sind keine iCalendar-Daten</translation>
    </message>
    <message>
        <source>it has more than {0} events in a week</source>
        <translation>er hat mehr als {0} Termine in einer Woche</translation>
    </message>
    <message>
        <source>{0} refused the user name or password</source>
        <translation>{0} hat Benutzername oder Passwort abgelehnt</translation>
    </message>
    <message>
        <source>{0} did not answer as a CalDAV server</source>
        <translation>{0} hat nicht wie ein CalDAV-Server geantwortet</translation>
    </message>
    <message>
        <source>the server refused the connection (is it running?)</source>
        <extracomment>What the network libraries say, and what the user reads instead.</extracomment>
        <translation>der Server hat die Verbindung abgelehnt (läuft er?)</translation>
    </message>
    <message>
        <source>the server name is not known</source>
        <translation>der Servername ist unbekannt</translation>
    </message>
    <message>
        <source>the server name could not be looked up (offline?)</source>
        <translation>der Servername konnte nicht aufgelöst werden (offline?)</translation>
    </message>
    <message>
        <source>the network is unreachable (offline?)</source>
        <translation>das Netzwerk ist nicht erreichbar (offline?)</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified</source>
        <translation>das Zertifikat des Servers konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>a network error ({0})</source>
        <translation>ein Netzwerkfehler ({0})</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>{0} konnte nicht gelesen werden: {1}</translation>
    </message>
    <message>
        <source>{0} holds more than {1} .ics files</source>
        <extracomment>A folder with more calendar files than this is probably not the folder meant.</extracomment>
        <translation>{0} enthält mehr als {1} .ics-Dateien</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} gibt es nicht</translation>
    </message>
    <message>
        <source>{0} holds more than {1} MB</source>
        <translation>{0} enthält mehr als {1} MB</translation>
    </message>
    <message>
        <source>no keyring is available to keep the password of {0} (install and unlock GNOME Keyring or KWallet), so this CalDAV account cannot be read; a calendar file or an iCalendar web address works without one</source>
        <translation>es gibt keinen Schlüsselbund für das Passwort von {0} (installiere und entsperre GNOME Keyring oder KWallet), daher kann dieses CalDAV-Konto nicht gelesen werden; eine Kalenderdatei oder eine iCalendar-Webadresse geht auch ohne</translation>
    </message>
    <message>
        <source>the keyring could not give the password of {0} (is it locked?)</source>
        <translation>der Schlüsselbund konnte das Passwort von {0} nicht liefern (ist er gesperrt?)</translation>
    </message>
    <message>
        <source>no password for {0} in the keyring; add it again with postureapp calendar add (or in Settings)</source>
        <translation>kein Passwort für {0} im Schlüsselbund; füge den Kalender erneut hinzu mit postureapp calendar add (oder in den Einstellungen)</translation>
    </message>
    <message>
        <source>the keyring refused the password of {0}</source>
        <translation>der Schlüsselbund hat das Passwort von {0} abgelehnt</translation>
    </message>
    <message>
        <source>{0} answered with the HTTP error {1}</source>
        <translation>{0} hat mit dem HTTP-Fehler {1} geantwortet</translation>
    </message>
    <message>
        <source>{0} sent more than {1} MB</source>
        <translation>{0} hat mehr als {1} MB gesendet</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>The posture model is not available for Python {0} (it needs 3.11 or 3.12), so posture sensing cannot be used with this installation.</source>
        <extracomment>The model ships inside these mediapipe releases only (later ones download it at run time). The newest Python those releases have wheels for.</extracomment>
        <translation>Das Haltungsmodell gibt es für Python {0} nicht (es braucht 3.11 oder 3.12), daher kann die Haltungserkennung mit dieser Installation nicht genutzt werden.</translation>
    </message>
    <message>
        <source>The camera extra is not installed. Install it with: pip install &apos;postureapp[camera]&apos; (about 1 GB), then restart postureapp.</source>
        <translation>Das Kamera-Extra ist nicht installiert. Installiere es mit: pip install &apos;postureapp[camera]&apos; (etwa 1 GB) und starte postureapp dann neu.</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <extracomment>A camera&apos;s first frames are dark or blurred while its exposure settles. Without a picture this long after switching on, the camera counts as not working.</extracomment>
        <translation>Es wurde keine Kamera gefunden.</translation>
    </message>
    <message>
        <source>No video at {0}.</source>
        <translation>Kein Video unter {0}.</translation>
    </message>
    <message>
        <source>The camera is busy.</source>
        <translation>Die Kamera ist beschäftigt.</translation>
    </message>
    <message>
        <source>The camera gave no picture.</source>
        <translation>Die Kamera hat kein Bild geliefert.</translation>
    </message>
    <message>
        <source>The posture model failed: {0}</source>
        <extracomment>Seconds between the pictures of one read (a calibration takes several).</extracomment>
        <translation>Das Haltungsmodell ist fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>A system-tray reminder for short upper-back mobility breaks. Without a command it starts the app (or shows the one already running).</source>
        <translation>Eine Erinnerung in der Systemleiste für kurze Bewegungspausen für den oberen Rücken. Ohne Befehl startet sie die App (oder zeigt die schon laufende).</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 not done (not running, refused, or problems found); 2 cannot run as given (wrong arguments, a missing file, no display).</source>
        <translation>Rückgabewerte: 0 erledigt; 1 nicht erledigt (läuft nicht, abgelehnt oder Probleme gefunden); 2 so nicht ausführbar (falsche Argumente, eine fehlende Datei, keine Anzeige).</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>die Version zeigen und beenden</translation>
    </message>
    <message>
        <source>started at login: wait longer for the system tray to appear</source>
        <translation>bei der Anmeldung gestartet: länger auf die Systemleiste warten</translation>
    </message>
    <message>
        <source>postureapp: no display found (DISPLAY and WAYLAND_DISPLAY are not set); start it from a desktop session.</source>
        <translation>postureapp: keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); starte es aus einer Desktop-Sitzung.</translation>
    </message>
    <message>
        <source>postureapp is already running; its window was brought up.</source>
        <translation>postureapp läuft schon; sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <source>calendars whose events hold breaks</source>
        <translation>Kalender, deren Termine Pausen zurückhalten</translation>
    </message>
    <message>
        <source>Calendars whose events hold breaks: no break during a busy event, none just before one. Files and folders of .ics files, iCalendar web addresses, CalDAV accounts.</source>
        <translation>Kalender, deren Termine Pausen zurückhalten: keine Pause während eines belegten Termins, keine kurz davor. Dateien und Ordner mit .ics-Dateien, iCalendar-Webadressen, CalDAV-Konten.</translation>
    </message>
    <message>
        <source>add a calendar</source>
        <translation>einen Kalender hinzufügen</translation>
    </message>
    <message>
        <source>Add a calendar.</source>
        <translation>Einen Kalender hinzufügen.</translation>
    </message>
    <message>
        <source>a short name, e.g. work</source>
        <translation>ein kurzer Name, z. B. arbeit</translation>
    </message>
    <message>
        <source>a .ics file or folder, an http(s) or webcal address</source>
        <translation>eine .ics-Datei oder ein Ordner, eine http(s)- oder webcal-Adresse</translation>
    </message>
    <message>
        <source>the address is a CalDAV account or calendar</source>
        <translation>die Adresse ist ein CalDAV-Konto oder -Kalender</translation>
    </message>
    <message>
        <source>the CalDAV user name (asks for the password)</source>
        <translation>der CalDAV-Benutzername (fragt nach dem Passwort)</translation>
    </message>
    <message>
        <source>read the CalDAV password from standard input</source>
        <translation>das CalDAV-Passwort von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>list the calendars</source>
        <translation>die Kalender auflisten</translation>
    </message>
    <message>
        <source>remove a calendar (and its stored password)</source>
        <translation>einen Kalender entfernen (und sein gespeichertes Passwort)</translation>
    </message>
    <message>
        <source>read the calendars now and say what they hold</source>
        <translation>die Kalender jetzt lesen und sagen, was sie enthalten</translation>
    </message>
    <message>
        <source>only this calendar</source>
        <translation>nur dieser Kalender</translation>
    </message>
    <message>
        <source>{0}: file {1}</source>
        <translation>{0}: Datei {1}</translation>
    </message>
    <message>
        <source>{0}: web address {1}</source>
        <translation>{0}: Webadresse {1}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1} as {2}</source>
        <translation>{0}: CalDAV {1} als {2}</translation>
    </message>
    <message>
        <source>{0}: CalDAV {1}</source>
        <translation>{0}: CalDAV {1}</translation>
    </message>
    <message>
        <source>Password for {0} (kept in your keyring): </source>
        <translation>Passwort für {0} (wird im Schlüsselbund aufbewahrt): </translation>
    </message>
    <message>
        <source>give the password with --password-stdin</source>
        <translation>gib das Passwort mit --password-stdin an</translation>
    </message>
    <message>
        <source>{0} (remove it first, or pick another name)</source>
        <translation>{0} (entferne ihn zuerst oder wähle einen anderen Namen)</translation>
    </message>
    <message>
        <source>Added {0}. Check it with: postureapp calendar test {1}</source>
        <translation>{0} hinzugefügt. Prüfe ihn mit: postureapp calendar test {1}</translation>
    </message>
    <message>
        <source>Note: {0}.</source>
        <translation>Hinweis: {0}.</translation>
    </message>
    <message>
        <source>Note: {0} does not exist (yet); it holds nothing until it does.</source>
        <translation>Hinweis: {0} existiert (noch) nicht; bis dahin enthält er nichts.</translation>
    </message>
    <message>
        <source>No calendars. Add one with: postureapp calendar add NAME FILE-OR-ADDRESS</source>
        <translation>Keine Kalender. Füge einen hinzu mit: postureapp calendar add NAME DATEI-ODER-ADRESSE</translation>
    </message>
    <message>
        <source>(last read {0})</source>
        <translation>(zuletzt gelesen {0})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no calendar is named {0} (there are: {1})</source>
        <translation>kein Kalender heißt {0} (vorhanden: {1})</translation>
    </message>
    <message>
        <source>Removed {0}.</source>
        <translation>{0} entfernt.</translation>
    </message>
    <message>
        <source>no calendar named {0}</source>
        <translation>kein Kalender namens {0}</translation>
    </message>
    <message>
        <source>no calendar yet</source>
        <translation>noch kein Kalender</translation>
    </message>
    <message>
        <source>{0}: could not be read: {1}; the copy from {2} is used</source>
        <translation>{0}: konnte nicht gelesen werden: {1}; die Kopie vom {2} wird verwendet</translation>
    </message>
    <message>
        <source>{0}: could not be read: {1}</source>
        <translation>{0}: konnte nicht gelesen werden: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} busy event(s) in the next 8 days, read in {2} s</source>
        <translation>{0}: belegte Termine in den nächsten 8 Tagen: {1}, gelesen in {2} s</translation>
    </message>
    <message>
        <source>; next: {0}</source>
        <translation>; nächster: {0}</translation>
    </message>
    <message>
        <source>show or change settings</source>
        <translation>Einstellungen zeigen oder ändern</translation>
    </message>
    <message>
        <source>Show or change the settings file; the running app picks changes up.</source>
        <translation>Die Einstellungsdatei zeigen oder ändern; die laufende App übernimmt Änderungen.</translation>
    </message>
    <message>
        <source>print where the settings file is</source>
        <translation>zeigen, wo die Einstellungsdatei liegt</translation>
    </message>
    <message>
        <source>list every setting, marking the ones changed from the default</source>
        <translation>alle Einstellungen auflisten und die vom Standard geänderten markieren</translation>
    </message>
    <message>
        <source>print one setting&apos;s value</source>
        <translation>den Wert einer Einstellung zeigen</translation>
    </message>
    <message>
        <source>change one setting</source>
        <translation>eine Einstellung ändern</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>z. B. {0}</translation>
    </message>
    <message>
        <source>put one setting, or all of them, back to the default</source>
        <translation>eine Einstellung oder alle auf den Standard zurücksetzen</translation>
    </message>
    <message>
        <source>the setting to reset; all of them when left out</source>
        <translation>die zurückzusetzende Einstellung; ohne Angabe alle</translation>
    </message>
    <message>
        <source>changed; default {0}</source>
        <translation>geändert; Standard {0}</translation>
    </message>
    <message>
        <source>Every setting already has its default value.</source>
        <translation>Alle Einstellungen haben schon ihren Standardwert.</translation>
    </message>
    <message>
        <source>The old settings are kept in {0}</source>
        <translation>Die alten Einstellungen liegen in {0}</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>the setting is saved, but {0}</source>
        <translation>die Einstellung ist gespeichert, aber {0}</translation>
    </message>
    <message>
        <source>{0} is left unchanged (see above)</source>
        <translation>{0} bleibt unverändert (siehe oben)</translation>
    </message>
    <message>
        <source>add postureapp and its icon to the application menu (Linux)</source>
        <extracomment>The AppStream component id: the metainfo file&apos;s name and the Flatpak app id (packaging/).</extracomment>
        <translation>postureapp und sein Symbol ins Anwendungsmenü aufnehmen (Linux)</translation>
    </message>
    <message>
        <source>take postureapp and its icon out of the application menu (Linux)</source>
        <translation>postureapp und sein Symbol aus dem Anwendungsmenü nehmen (Linux)</translation>
    </message>
    <message>
        <source>start postureapp when you log in: on, off or status</source>
        <translation>postureapp bei der Anmeldung starten: on, off oder status</translation>
    </message>
    <message>
        <source>switch it on or off, or say which it is</source>
        <translation>ein- oder ausschalten oder sagen, was gilt</translation>
    </message>
    <message>
        <source>the entry is switched, but the setting is not: {0}</source>
        <translation>der Eintrag ist umgeschaltet, die Einstellung aber nicht: {0}</translation>
    </message>
    <message>
        <source>desktop entries are a Linux feature; this system is {0}. Use `postureapp autostart on` to start at login.</source>
        <translation>Desktop-Einträge gibt es nur unter Linux; dieses System ist {0}. Nimm `postureapp autostart on`, um bei der Anmeldung zu starten.</translation>
    </message>
    <message>
        <source>cannot read the icon {0}: {1}</source>
        <translation>das Symbol {0} lässt sich nicht lesen: {1}</translation>
    </message>
    <message>
        <source>cannot read the metainfo {0}: {1}</source>
        <translation>die Metadaten {0} lassen sich nicht lesen: {1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>{0} lässt sich nicht schreiben: {1}</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Geschrieben: {0}</translation>
    </message>
    <message>
        <source>the icon ({0} files: scalable and fixed sizes) under {1}</source>
        <translation>das Symbol ({0} Dateien: skalierbar und feste Größen) unter {1}</translation>
    </message>
    <message>
        <source>Not there, nothing to remove: {0}</source>
        <translation>Nicht vorhanden, nichts zu entfernen: {0}</translation>
    </message>
    <message>
        <source>cannot remove {0}: {1}</source>
        <translation>{0} lässt sich nicht entfernen: {1}</translation>
    </message>
    <message>
        <source>Removed {0}</source>
        <translation>Entfernt: {0}</translation>
    </message>
    <message>
        <source>No icon there, nothing to remove: {0}</source>
        <translation>Kein Symbol vorhanden, nichts zu entfernen: {0}</translation>
    </message>
    <message>
        <source>postureapp starts at login ({0}).</source>
        <translation>postureapp startet bei der Anmeldung ({0}).</translation>
    </message>
    <message>
        <source>postureapp does not start at login.</source>
        <translation>postureapp startet nicht bei der Anmeldung.</translation>
    </message>
    <message>
        <source>list or validate exercise packs</source>
        <translation>Übungspakete auflisten oder prüfen</translation>
    </message>
    <message>
        <source>show every exercise the app will offer</source>
        <translation>jede Übung zeigen, die die App anbietet</translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation>ein JSON-Dokument ausgeben</translation>
    </message>
    <message>
        <source>check an exercise file or a pack folder</source>
        <translation>eine Übungsdatei oder einen Paketordner prüfen</translation>
    </message>
    <message>
        <source>a .toml file or a folder</source>
        <translation>eine .toml-Datei oder ein Ordner</translation>
    </message>
    <message>
        <source>save exercises, with their pictures, as one pack file to share</source>
        <translation>Übungen mit ihren Bildern als eine Paketdatei zum Teilen speichern</translation>
    </message>
    <message>
        <source>the exercises (see `list`)</source>
        <translation>die Übungen (siehe `list`)</translation>
    </message>
    <message>
        <source>add the exercises of a pack file to your own</source>
        <translation>die Übungen einer Paketdatei zu deinen eigenen hinzufügen</translation>
    </message>
    <message>
        <source>Add a pack&apos;s exercises to your custom folder. One whose id you already have is added beside yours under a new id, unless you say otherwise.</source>
        <translation>Fügt die Übungen eines Pakets deinem eigenen Ordner hinzu. Eine, deren ID du schon hast, kommt unter einer neuen ID neben deine, wenn du nichts anderes sagst.</translation>
    </message>
    <message>
        <source>a pack file</source>
        <translation>eine Paketdatei</translation>
    </message>
    <message>
        <source>replace your exercises that have the same id</source>
        <translation>deine Übungen mit derselben ID ersetzen</translation>
    </message>
    <message>
        <source>leave out exercises whose id you have</source>
        <translation>Übungen auslassen, deren ID du schon hast</translation>
    </message>
    <message>
        <source>built-in</source>
        <extracomment>Where an exercise came from, in words.</extracomment>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>HALTUNG</translation>
    </message>
    <message>
        <source>SUITS</source>
        <translation>PASST ZU</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>No exercises found.</source>
        <translation>Keine Übungen gefunden.</translation>
    </message>
    <message>
        <source>note: {0}</source>
        <translation>Hinweis: {0}</translation>
    </message>
    <message>
        <source>problem: {0}</source>
        <translation>Problem: {0}</translation>
    </message>
    <message>
        <source>{0}: no such file or folder</source>
        <translation>{0}: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>{0} problem(s) in {1} file(s)</source>
        <translation>Probleme: {0}, in Dateien: {1}</translation>
    </message>
    <message>
        <source>OK: {0} exercise</source>
        <translation>OK: {0} Übung</translation>
    </message>
    <message>
        <source>OK: {0} exercises</source>
        <translation>OK: {0} Übungen</translation>
    </message>
    <message>
        <source>no exercise with the id {0} (see `postureapp exercises list`)</source>
        <translation>keine Übung mit der ID {0} (siehe `postureapp exercises list`)</translation>
    </message>
    <message>
        <source>{0}: cannot write the pack ({1})</source>
        <translation>{0}: Paket kann nicht geschrieben werden ({1})</translation>
    </message>
    <message>
        <source>Saved 1 exercise to {0}</source>
        <translation>1 Übung in {0} gespeichert</translation>
    </message>
    <message>
        <source>Saved {0} exercises to {1}</source>
        <translation>{0} Übungen in {1} gespeichert</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>{0}: not imported; nothing was written</source>
        <translation>{0}: nicht importiert; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>{0}: cannot write there ({1})</source>
        <translation>{0}: dort kann nicht geschrieben werden ({1})</translation>
    </message>
    <message>
        <source>Your exercises are in {0}</source>
        <translation>Deine Übungen sind in {0}</translation>
    </message>
    <message>
        <source>show break statistics</source>
        <translation>Pausenstatistik zeigen</translation>
    </message>
    <message>
        <source>the days of a range ending today, as the history window&apos;s</source>
        <translation>die Tage eines Zeitraums, der heute endet, wie im Verlaufsfenster</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>completed breaks a streak day needs (default: the {0} setting)</source>
        <translation>abgeschlossene Pausen, die ein Serientag braucht (Standard: die Einstellung {0})</translation>
    </message>
    <message>
        <source>write the break log as CSV or JSON</source>
        <translation>das Pausenprotokoll als CSV oder JSON schreiben</translation>
    </message>
    <message>
        <source>default: the output file&apos;s extension (.csv or .json), else CSV</source>
        <translation>Standard: die Endung der Ausgabedatei (.csv oder .json), sonst CSV</translation>
    </message>
    <message>
        <source>default: stdout</source>
        <translation>Standard: Standardausgabe</translation>
    </message>
    <message>
        <source>merge a CSV or JSON export into the break log</source>
        <translation>einen CSV- oder JSON-Export ins Pausenprotokoll übernehmen</translation>
    </message>
    <message>
        <source>first local day, YYYY-MM-DD</source>
        <translation>erster lokaler Tag, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last local day, YYYY-MM-DD (included)</source>
        <translation>letzter lokaler Tag, YYYY-MM-DD (eingeschlossen)</translation>
    </message>
    <message>
        <source>{0}: expected a real date as YYYY-MM-DD, found {1}</source>
        <translation>{0}: erwartet ein echtes Datum als YYYY-MM-DD, gefunden {1}</translation>
    </message>
    <message>
        <source>--since ({0}) is after --until ({1})</source>
        <translation>--since ({0}) liegt nach --until ({1})</translation>
    </message>
    <message>
        <source>the break log was damaged; it was kept as {0} and a new one was started</source>
        <translation>das Pausenprotokoll war beschädigt; es wurde als {0} aufbewahrt, und ein neues wurde begonnen</translation>
    </message>
    <message>
        <source>the break log cannot be used right now: {0}</source>
        <translation>das Pausenprotokoll ist gerade nicht nutzbar: {0}</translation>
    </message>
    <message>
        <source>the break log {0} looks damaged ({1}); start postureapp to set it aside and begin a new one</source>
        <translation>das Pausenprotokoll {0} scheint beschädigt ({1}); starte postureapp, um es beiseitezulegen und ein neues zu beginnen</translation>
    </message>
    <message>
        <source>--last cannot be combined with --since or --until</source>
        <translation>--last kann nicht mit --since oder --until kombiniert werden</translation>
    </message>
    <message>
        <source>--streak-min: expected 1 or more, found {0}</source>
        <translation>--streak-min: erwartet 1 oder mehr, gefunden {0}</translation>
    </message>
    <message>
        <source>last {0} days</source>
        <translation>letzte {0} Tage</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <source>no breaks yet</source>
        <translation>noch keine Pausen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>diesen Monat</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>exercised</source>
        <translation>geübt</translation>
    </message>
    <message>
        <source>most done</source>
        <translation>am häufigsten</translation>
    </message>
    <message>
        <source>least done</source>
        <translation>am seltensten</translation>
    </message>
    <message>
        <source>Breaks as of {0}</source>
        <translation>Pausen, Stand {0}</translation>
    </message>
    <message>
        <source>{0} (natural breaks not counted)</source>
        <translation>{0} (natürliche Pausen nicht gezählt)</translation>
    </message>
    <message>
        <source>days now: {0}, best: {1} (a day counts with {2} or more completed breaks)</source>
        <translation>Tage jetzt: {0}, Bestwert: {1} (ein Tag zählt ab {2} abgeschlossenen Pausen)</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>completed per day, {0}:</source>
        <translation>abgeschlossen pro Tag, {0}:</translation>
    </message>
    <message>
        <source>cannot tell the format from {0}: name the file .csv or .json, or give --format</source>
        <translation>Das Format ist an {0} nicht zu erkennen: Geben Sie der Datei die Endung .csv oder .json oder nutzen Sie --format</translation>
    </message>
    <message>
        <source>wrote {0} breaks and {1} check-ins to {2}</source>
        <translation>{0} Pausen und {1} Nachfragen in {2} geschrieben</translation>
    </message>
    <message>
        <source>check-ins: added {0}, already present {1}</source>
        <translation>Nachfragen: hinzugefügt {0}, schon vorhanden {1}</translation>
    </message>
    <message>
        <source>added {0}, already present {1}</source>
        <extracomment>Breaks an import writes per transaction, and the pause between two: the running app&apos;s writes get the lock in between, so a long import never holds up a break&apos;s outcome.</extracomment>
        <translation>hinzugefügt {0}, schon vorhanden {1}</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}&#xa0;%</translation>
    </message>
    <message>
        <source>postureapp is not running (start it with: postureapp)</source>
        <translation>postureapp läuft nicht (starte es mit: postureapp)</translation>
    </message>
    <message>
        <source>{0} (in {1} min)</source>
        <translation>{0} (in {1} min)</translation>
    </message>
    <message>
        <source>{0} (now)</source>
        <translation>{0} (jetzt)</translation>
    </message>
    <message>
        <source>interval</source>
        <extracomment>Why the next break comes when it does (`status`&apos;s reason), in words.</extracomment>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>long</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>after-pause</source>
        <translation>nach dem Aussetzen</translation>
    </message>
    <message>
        <source>fixed-time</source>
        <translation>feste Zeit</translation>
    </message>
    <message>
        <source>working-hours-start</source>
        <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <source>posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>postureapp: could not reach the running instance: {0}</source>
        <translation>postureapp: die laufende Instanz ist nicht erreichbar: {0}</translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation>die Anfrage wurde abgelehnt</translation>
    </message>
    <message>
        <source>On a break now.</source>
        <translation>Gerade ist Pause.</translation>
    </message>
    <message>
        <source>Paused until you resume (postureapp resume).</source>
        <translation>Ausgesetzt, bis du fortsetzt (postureapp resume).</translation>
    </message>
    <message>
        <source>Paused until {0}.</source>
        <translation>Ausgesetzt bis {0}.</translation>
    </message>
    <message>
        <source>Next {0} at {1} ({2}).</source>
        <translation>Nächste {0} um {1} ({2}).</translation>
    </message>
    <message>
        <source>Outside working hours; breaks resume at {0}.</source>
        <translation>Außerhalb der Arbeitszeit; Pausen gehen weiter um {0}.</translation>
    </message>
    <message>
        <source>A break is due and waits for you to come back.</source>
        <translation>Eine Pause ist fällig und wartet, bis du zurück bist.</translation>
    </message>
    <message>
        <source>A break is due and waits for a full-screen window to close.</source>
        <translation>Eine Pause ist fällig und wartet, bis ein Vollbildfenster geschlossen ist.</translation>
    </message>
    <message>
        <source>A break is due and waits for do-not-disturb to end.</source>
        <translation>Eine Pause ist fällig und wartet, bis „Nicht stören“ endet.</translation>
    </message>
    <message>
        <source>A break is due and waits for your call to end.</source>
        <translation>Eine Pause ist fällig und wartet, bis dein Anruf endet.</translation>
    </message>
    <message>
        <source>A break is due and waits for an event in your calendar to end.</source>
        <translation>Eine Pause ist fällig und wartet, bis ein Termin in deinem Kalender endet.</translation>
    </message>
    <message>
        <source>A break is due and waits ({0}).</source>
        <translation>Eine Pause ist fällig und wartet ({0}).</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for safety; breaks only remind you to move (resume them from About &amp; safety: postureapp open about).</source>
        <translation>Übungspausen sind zu deiner Sicherheit ausgesetzt; Pausen erinnern dich nur ans Bewegen (fortsetzen unter „Über &amp; Sicherheit“: postureapp open about).</translation>
    </message>
    <message>
        <source>Calendar {0} could not be read: {1}</source>
        <translation>Kalender {0} konnte nicht gelesen werden: {1}</translation>
    </message>
    <message>
        <source>Snoozes in a row: {0}</source>
        <translation>Verschoben in Folge: {0}</translation>
    </message>
    <message>
        <source>Idle time: {0} ({1} s idle now).</source>
        <translation>Leerlaufzeit: {0} ({1} s gerade untätig).</translation>
    </message>
    <message>
        <source>Idle time cannot be read here, so there are no natural breaks.</source>
        <translation>Die Leerlaufzeit ist hier nicht lesbar, daher gibt es keine natürlichen Pausen.</translation>
    </message>
    <message>
        <source>“{0}” ({1})</source>
        <translation>„{0}“ ({1})</translation>
    </message>
    <message>
        <source>an event ({0})</source>
        <translation>ein Termin ({0})</translation>
    </message>
    <message>
        <source>It comes early, before {0}.</source>
        <translation>Sie kommt früher, vor {0}.</translation>
    </message>
    <message>
        <source>It waits for {0} to end.</source>
        <translation>Sie wartet, bis {0} endet.</translation>
    </message>
    <message>
        <source>Held during {0}.</source>
        <translation>Zurückgehalten während {0}.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <source>Breaks were not paused.</source>
        <translation>Pausen waren nicht ausgesetzt.</translation>
    </message>
    <message>
        <source>Exercise breaks stay paused for your safety: About &amp; safety is open, where you can confirm it is safe to resume them.</source>
        <translation>Übungspausen bleiben zu deiner Sicherheit ausgesetzt: „Über &amp; Sicherheit“ ist offen, dort kannst du bestätigen, dass das Fortsetzen sicher ist.</translation>
    </message>
    <message>
        <source>Paused until you resume.</source>
        <translation>Ausgesetzt, bis du fortsetzt.</translation>
    </message>
    <message>
        <source>Break started. (Note: {0}.)</source>
        <translation>Pause begonnen. (Hinweis: {0}.)</translation>
    </message>
    <message>
        <source>Break started.</source>
        <translation>Pause begonnen.</translation>
    </message>
    <message>
        <source>Break skipped.</source>
        <extracomment>What each command prints when it was carried out.</extracomment>
        <translation>Pause übersprungen.</translation>
    </message>
    <message>
        <source>postureapp is quitting.</source>
        <translation>postureapp wird beendet.</translation>
    </message>
    <message>
        <source>when the next break is, and whether the app is paused</source>
        <extracomment>The windows `postureapp open WINDOW` can bring up in the running instance. Every command the running app understands, in the order `postureapp --help` lists them.</extracomment>
        <translation>wann die nächste Pause ist und ob die App ausgesetzt ist</translation>
    </message>
    <message>
        <source>start a break now</source>
        <translation>jetzt eine Pause beginnen</translation>
    </message>
    <message>
        <source>do this exercise (see: exercises list)</source>
        <translation>diese Übung machen (siehe: exercises list)</translation>
    </message>
    <message>
        <source>pause breaks: 30m, 1h, until-tomorrow or indefinitely</source>
        <translation>Pausen aussetzen: 30m, 1h, until-tomorrow oder indefinitely</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>das Aussetzen beenden</translation>
    </message>
    <message>
        <source>skip the break on screen (not in strict mode)</source>
        <translation>die Pause auf dem Bildschirm überspringen (nicht im strengen Modus)</translation>
    </message>
    <message>
        <source>bring up a window of the running app</source>
        <translation>ein Fenster der laufenden App öffnen</translation>
    </message>
    <message>
        <source>bring up the running app&apos;s status window</source>
        <translation>das Statusfenster der laufenden App öffnen</translation>
    </message>
    <message>
        <source>stop the running app</source>
        <translation>die laufende App beenden</translation>
    </message>
    <message>
        <source>pause: expected 30m, 1h, until-tomorrow or indefinitely (or N m / N h up to 24 h), got {0}</source>
        <extracomment>command -&gt; its argument: &quot;none&quot;, &quot;optional&quot; or &quot;required&quot; What `parse_pause` says of an argument it cannot read (the &quot;cli&quot; context translates it).</extracomment>
        <translation>pause: erwartet 30m, 1h, until-tomorrow oder indefinitely (oder N m / N h bis 24 h), gefunden {0}</translation>
    </message>
    <message>
        <source>postureapp could not do that ({0})</source>
        <extracomment>What the running app answers when carrying out a request went wrong; {0} says why.</extracomment>
        <translation>postureapp konnte das nicht ausführen ({0})</translation>
    </message>
    <message>
        <source>write a one-page PDF of your breaks and check-ins for a clinician</source>
        <translation>eine einseitige PDF deiner Pausen und Nachfragen für Arzt oder Therapeut schreiben</translation>
    </message>
    <message>
        <source>Write a one-page PDF of a range of your breaks and check-ins: breaks per week, minutes by body area, the exercises done most, the stiffness trend with the days a warning sign was reported, and your notes. Without a range: the last 3 months.</source>
        <translation>Schreibt eine einseitige PDF über einen Zeitraum deiner Pausen und Nachfragen: Pausen pro Woche, Minuten nach Körperbereich, die häufigsten Übungen, den Verlauf der Steifheit mit den Tagen, an denen ein Warnzeichen gemeldet wurde, und deine Notizen. Ohne Zeitraum: die letzten 3 Monate.</translation>
    </message>
    <message>
        <source>a range ending today (all: from the first logged day)</source>
        <translation>ein Zeitraum, der heute endet (all: ab dem ersten aufgezeichneten Tag)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>die zu schreibende PDF</translation>
    </message>
    <message>
        <source>--since ({0}) is after the last day ({1})</source>
        <translation>--since ({0}) liegt nach dem letzten Tag ({1})</translation>
    </message>
    <message>
        <source>-o: the report is a PDF; name it .pdf, found {0}</source>
        <translation>-o: der Bericht ist eine PDF; nenne die Datei .pdf, gefunden {0}</translation>
    </message>
    <message>
        <source>no breaks logged yet; nothing to report</source>
        <translation>noch keine Pausen aufgezeichnet; nichts zu berichten</translation>
    </message>
    <message>
        <source>wrote {0}: {1} to {2}, {3} breaks completed, {4} check-ins, {5} notes</source>
        <translation>{0} geschrieben: {1} bis {2}, {3} Pausen abgeschlossen, {4} Nachfragen, {5} Notizen</translation>
    </message>
    <message>
        <source>your head forward and down</source>
        <translation>deinem Kopf nach vorn und unten</translation>
    </message>
    <message>
        <source>your shoulders rounded</source>
        <translation>runden Schultern</translation>
    </message>
    <message>
        <source>your body leaning to one side</source>
        <translation>einem zur Seite geneigten Oberkörper</translation>
    </message>
    <message>
        <source>upright</source>
        <extracomment>What the last reading saw, besides a slouch (whose label is in the &apos;posture&apos; context).</extracomment>
        <translation>aufrecht</translation>
    </message>
    <message>
        <source>in view</source>
        <translation>im Bild</translation>
    </message>
    <message>
        <source>nobody in view</source>
        <translation>niemand im Bild</translation>
    </message>
    <message>
        <source>It comes early: you have sat with {0} for {1} minutes; its exercise answers that.</source>
        <translation>Sie kommt früher: Du sitzt seit {1} Minuten mit {0}; ihre Übung wirkt dem entgegen.</translation>
    </message>
    <message>
        <source>It comes early: you have sat with {0}; its exercise answers that.</source>
        <translation>Sie kommt früher: Du sitzt mit {0}; ihre Übung wirkt dem entgegen.</translation>
    </message>
    <message>
        <source>Its exercise answers this: {0}.</source>
        <translation>Ihre Übung wirkt dem entgegen: {0}.</translation>
    </message>
    <message>
        <source>Posture sensing is not running: {0}</source>
        <translation>Die Haltungserkennung läuft nicht: {0}</translation>
    </message>
    <message>
        <source>Posture sensing is on but not calibrated yet (Settings → Camera).</source>
        <translation>Die Haltungserkennung ist an, aber noch nicht kalibriert (Einstellungen → Kamera).</translation>
    </message>
    <message>
        <source>Today you sat upright {0} of the time the camera saw you.</source>
        <translation>Heute hast du {0} der Zeit, in der die Kamera dich sah, aufrecht gesessen.</translation>
    </message>
    <message>
        <source>Last camera reading {0}: {1}.</source>
        <translation>Letzter Kamerablick {0}: {1}.</translation>
    </message>
    <message>
        <source>cannot listen on {0}: {1}</source>
        <translation>kann den Socket {0} nicht öffnen: {1}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>postureapp ran into a problem it did not expect ({0}: {1}). It keeps running; the details are in {2}.</source>
        <translation>postureapp ist auf ein unerwartetes Problem gestoßen ({0}: {1}). Es läuft weiter; die Einzelheiten stehen in {2}.</translation>
    </message>
    <message>
        <source>postureapp could not start ({0}: {1}); fix or move it away and start postureapp again. The details are in {2}.</source>
        <translation>postureapp konnte nicht starten ({0}: {1}); repariere es oder verschiebe es und starte postureapp erneut. Die Einzelheiten stehen in {2}.</translation>
    </message>
    <message>
        <source>postureapp could not start ({0}); please report it. The details are in {1}.</source>
        <translation>postureapp konnte nicht starten ({0}); bitte melde das. Die Einzelheiten stehen in {1}.</translation>
    </message>
    <message>
        <source>postureapp: the log file {0} cannot be written ({1}); logging to the terminal instead</source>
        <translation>postureapp: die Logdatei {0} kann nicht geschrieben werden ({1}); das Log geht stattdessen ins Terminal</translation>
    </message>
</context>
<context>
    <name>exercise editor</name>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Turning (rotation)</source>
        <translation>Drehen (Rotation)</translation>
    </message>
    <message>
        <source>Bending back (extension)</source>
        <translation>Nach hinten beugen (Streckung)</translation>
    </message>
    <message>
        <source>Bending forward (flexion)</source>
        <translation>Nach vorn beugen (Beugung)</translation>
    </message>
    <message>
        <source>Bending sideways</source>
        <translation>Zur Seite neigen</translation>
    </message>
    <message>
        <source>Shoulder blades</source>
        <translation>Schulterblätter</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Im Sitzen</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Am Boden</translation>
    </message>
    <message>
        <source>A wall</source>
        <translation>Eine Wand</translation>
    </message>
    <message>
        <source>A foam roller</source>
        <translation>Eine Faszienrolle</translation>
    </message>
    <message>
        <source>A towel</source>
        <translation>Ein Handtuch</translation>
    </message>
    <message>
        <source>e.g. Doorway chest stretch</source>
        <extracomment>The fields this form shows, in order (a problem about `id` is shown under the title).</extracomment>
        <translation>z. B. Brustdehnung im Türrahmen</translation>
    </message>
    <message>
        <source>One line: what it does, e.g. Opens the chest</source>
        <translation>Eine Zeile: was sie bewirkt, z. B. Öffnet die Brust</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Long breaks mix movements; short ones take them in turn</source>
        <translation>Lange Pausen mischen Bewegungen; kurze nehmen sie der Reihe nach</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <translation>Kurze Pausen</translation>
    </message>
    <message>
        <source>Long breaks</source>
        <translation>Lange Pausen</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <source>On each side, first the</source>
        <translation>Auf jeder Seite, zuerst die</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechte</translation>
    </message>
    <message>
        <source>left</source>
        <translation>linke</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>How many times the steps repeat; a break may add more</source>
        <translation>Wie oft die Schritte wiederholt werden; eine Pause kann mehr anhängen</translation>
    </message>
    <message>
        <source>One per line, at least one. e.g. Stop if you feel pain, numbness or dizziness.</source>
        <translation>Eine pro Zeile, mindestens eine. z. B. Hör auf, wenn du Schmerzen, Taubheit oder Schwindel spürst.</translation>
    </message>
    <message>
        <source>Optional, e.g. from my physiotherapist, May 2025</source>
        <translation>Freiwillig, z. B. von meiner Physiotherapeutin, Mai 2025</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>Body &amp;areas it works</source>
        <translation>&amp;Körperbereiche</translation>
    </message>
    <message>
        <source>&amp;Movement</source>
        <translation>&amp;Bewegung</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Haltung</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>Be&amp;nötigt</translation>
    </message>
    <message>
        <source>Use in</source>
        <translation>Verwenden in</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>&amp;Runden</translation>
    </message>
    <message>
        <source>&amp;Cautions</source>
        <translation>&amp;Vorsicht</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>nothing chosen</source>
        <extracomment>The labels of each field the editor shows as a choice, by the value a file holds.</extracomment>
        <translation>nichts ausgewählt</translation>
    </message>
</context>
<context>
    <name>exercises</name>
    <message>
        <source>No exercise fits a {kind} with the body areas, positions and equipment you chose, so those breaks cannot start. Choose more areas or positions in Settings.</source>
        <extracomment>The translation context of the texts below.</extracomment>
        <translation>Für die Pausenart „{kind}“ passt keine Übung zu den gewählten Körperbereichen, Haltungen und Hilfsmitteln, daher können diese Pausen nicht beginnen. Wähle in den Einstellungen mehr Bereiche oder Haltungen.</translation>
    </message>
    <message>
        <source>Only {count} exercises fit a long break with the body areas, positions and equipment you chose, so long breaks repeat them. Choose more in Settings for more variety.</source>
        <translation>Nur {count} Übungen passen zu einer langen Pause mit den gewählten Körperbereichen, Haltungen und Hilfsmitteln, daher wiederholen sich lange Pausen. Wähle in den Einstellungen mehr für mehr Abwechslung.</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <source>An exercise with this name is already there</source>
        <extracomment>Asks what to do with one exercise whose id is taken.</extracomment>
        <translation>Eine Übung mit diesem Namen gibt es schon</translation>
    </message>
    <message>
        <source>one of your own</source>
        <translation>eine deiner eigenen</translation>
    </message>
    <message>
        <source>a built-in exercise</source>
        <translation>eine mitgelieferte Übung</translation>
    </message>
    <message>
        <source>The pack&apos;s “{0}” has the same id as “{1}”, {2}. What should happen?</source>
        <translation>„{0}“ aus dem Paket hat dieselbe ID wie „{1}“, {2}. Was soll passieren?</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Replace mine</source>
        <translation>Meine ersetzen</translation>
    </message>
    <message>
        <source>Use the pack&apos;s instead</source>
        <translation>Die aus dem Paket nehmen</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… und {0} weitere</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>{0} was not imported, and nothing was written:</source>
        <translation>{0} wurde nicht importiert, und nichts wurde geschrieben:</translation>
    </message>
    <message>
        <source>Could not write to {0}: {1}</source>
        <translation>Konnte nicht in {0} schreiben: {1}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>{0}: added (&apos;{1}&apos;)</source>
        <extracomment>What happened to each exercise of a pack, in words (`describe`).</extracomment>
        <translation>{0}: hinzugefügt („{1}“)</translation>
    </message>
    <message>
        <source>{0}: replaced (&apos;{1}&apos;)</source>
        <translation>{0}: ersetzt („{1}“)</translation>
    </message>
    <message>
        <source>{0}: you already have one with this id; added as &apos;{1}&apos; ({2})</source>
        <translation>{0}: du hast schon eine mit dieser ID; als „{1}“ ({2}) hinzugefügt</translation>
    </message>
    <message>
        <source>{0}: already there, unchanged</source>
        <translation>{0}: schon vorhanden, unverändert</translation>
    </message>
    <message>
        <source>{0}: skipped (you already have one with this id)</source>
        <translation>{0}: übersprungen (du hast schon eine mit dieser ID)</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <source>every short folder for the socket ({0} and the next ones) belongs to someone else; set a shorter {1}, or set XDG_RUNTIME_DIR</source>
        <extracomment>Every folder the app keeps is its owner&apos;s alone (the log holds health data).</extracomment>
        <translation>jeder kurze Ordner für den Socket ({0} und die folgenden) gehört jemand anderem; setze ein kürzeres {1} oder setze XDG_RUNTIME_DIR</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} gibt es nicht</translation>
    </message>
    <message>
        <source>{0} cannot be checked ({1})</source>
        <translation>{0} kann nicht geprüft werden ({1})</translation>
    </message>
    <message>
        <source>{0} is a link made by user {1}, not by you</source>
        <translation>{0} ist eine Verknüpfung von Benutzer {1}, nicht von dir</translation>
    </message>
    <message>
        <source>{0} cannot be followed ({1})</source>
        <translation>{0} kann nicht verfolgt werden ({1})</translation>
    </message>
    <message>
        <source>{0} is not a folder</source>
        <translation>{0} ist kein Ordner</translation>
    </message>
    <message>
        <source>{0} belongs to user {1}, not to you</source>
        <translation>{0} gehört Benutzer {1}, nicht dir</translation>
    </message>
    <message>
        <source>{0}; move it away (or set {1} to use another folder)</source>
        <translation>{0}; schiebe es beiseite (oder setze {1}, um einen anderen Ordner zu nutzen)</translation>
    </message>
    <message>
        <source>cannot make {0} private: {1}</source>
        <translation>{0} kann nicht privat gemacht werden: {1}</translation>
    </message>
    <message>
        <source>{0} cannot be created because {1} is a file, not a folder; move that file away (or set {2} to use another folder)</source>
        <translation>{0} kann nicht angelegt werden, weil {1} eine Datei ist, kein Ordner; schiebe diese Datei beiseite (oder setze {2}, um einen anderen Ordner zu nutzen)</translation>
    </message>
    <message>
        <source>{0} cannot be created: {1}</source>
        <translation>{0} kann nicht angelegt werden: {1}</translation>
    </message>
    <message>
        <source>{0}; commands are not sent through it. Remove it and start postureapp again</source>
        <translation>{0}; darüber werden keine Befehle gesendet. Entferne es und starte postureapp neu</translation>
    </message>
</context>
<context>
    <name>pose</name>
    <message>
        <source>From the side</source>
        <translation>Von der Seite</translation>
    </message>
    <message>
        <source>From the front</source>
        <translation>Von vorn</translation>
    </message>
    <message>
        <source>Three-quarter</source>
        <translation>Dreiviertel</translation>
    </message>
    <message>
        <source>From above</source>
        <translation>Von oben</translation>
    </message>
    <message>
        <source>Sitting on a chair</source>
        <translation>Auf einem Stuhl sitzend</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehend</translation>
    </message>
    <message>
        <source>Sitting on the floor</source>
        <translation>Auf dem Boden sitzend</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>Im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Lying on the back, knees bent</source>
        <translation>Auf dem Rücken liegend, Knie gebeugt</translation>
    </message>
    <message>
        <source>Lying on the back, legs long</source>
        <translation>Auf dem Rücken liegend, Beine lang</translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation>Auf dem Bauch liegend</translation>
    </message>
    <message>
        <source>Pelvis</source>
        <translation>Becken</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>Right shoulder blade</source>
        <translation>Rechtes Schulterblatt</translation>
    </message>
    <message>
        <source>Left shoulder blade</source>
        <translation>Linkes Schulterblatt</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Rechter Arm</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Linker Arm</translation>
    </message>
    <message>
        <source>Right elbow</source>
        <translation>Rechter Ellbogen</translation>
    </message>
    <message>
        <source>Left elbow</source>
        <translation>Linker Ellbogen</translation>
    </message>
    <message>
        <source>Right wrist</source>
        <translation>Rechtes Handgelenk</translation>
    </message>
    <message>
        <source>Left wrist</source>
        <translation>Linkes Handgelenk</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Rechte Hüfte</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Linke Hüfte</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rechtes Knie</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Linkes Knie</translation>
    </message>
    <message>
        <source>Right ankle</source>
        <translation>Rechter Knöchel</translation>
    </message>
    <message>
        <source>Left ankle</source>
        <translation>Linker Knöchel</translation>
    </message>
    <message>
        <source>Bend forward</source>
        <translation>Nach vorn beugen</translation>
    </message>
    <message>
        <source>Bend</source>
        <translation>Beugen</translation>
    </message>
    <message>
        <source>Turn to its right</source>
        <translation>Nach rechts (der Figur) drehen</translation>
    </message>
    <message>
        <source>Shrug up (cm)</source>
        <translation>Hochziehen (cm)</translation>
    </message>
    <message>
        <source>Forward (cm)</source>
        <translation>Nach vorn (cm)</translation>
    </message>
    <message>
        <source>Raise forward</source>
        <translation>Nach vorn heben</translation>
    </message>
    <message>
        <source>Out to the side</source>
        <translation>Zur Seite</translation>
    </message>
    <message>
        <source>Turn outward</source>
        <translation>Nach außen drehen</translation>
    </message>
    <message>
        <source>Point the toes</source>
        <translation>Zehen strecken</translation>
    </message>
    <message>
        <source>Tilt forward</source>
        <translation>Nach vorn kippen</translation>
    </message>
    <message>
        <source>Up (cm)</source>
        <translation>Hoch (cm)</translation>
    </message>
    <message>
        <source>Lean to its right</source>
        <extracomment>Where the words differ for one joint.</extracomment>
        <translation>Nach rechts (der Figur) neigen</translation>
    </message>
    <message>
        <source>Tilt to its right</source>
        <translation>Nach rechts (der Figur) kippen</translation>
    </message>
    <message>
        <source>Nod</source>
        <translation>Nicken</translation>
    </message>
    <message>
        <source>Lift the thigh</source>
        <translation>Oberschenkel heben</translation>
    </message>
    <message>
        <source>Bend back</source>
        <translation>Nach hinten beugen</translation>
    </message>
    <message>
        <source>Hitch to its right</source>
        <translation>Nach rechts (der Figur) anheben</translation>
    </message>
    <message>
        <source>Chair</source>
        <extracomment>A prop&apos;s tick box.</extracomment>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Boden</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Towel roll</source>
        <translation>Handtuchrolle</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>head</source>
        <extracomment>A point an arrow can follow.</extracomment>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>nose</source>
        <translation>Nase</translation>
    </message>
    <message>
        <source>chin</source>
        <translation>Kinn</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>oberer Rücken</translation>
    </message>
    <message>
        <source>waist</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>pelvis</source>
        <translation>Becken</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>right shoulder</source>
        <translation>rechte Schulter</translation>
    </message>
    <message>
        <source>left shoulder</source>
        <translation>linke Schulter</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>Hände</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>rechte Hand</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>linke Hand</translation>
    </message>
    <message>
        <source>elbows</source>
        <translation>Ellbogen (beide)</translation>
    </message>
    <message>
        <source>right elbow</source>
        <translation>rechter Ellbogen</translation>
    </message>
    <message>
        <source>left elbow</source>
        <translation>linker Ellbogen</translation>
    </message>
    <message>
        <source>knees</source>
        <translation>Knie (beide)</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>rechtes Knie</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>linkes Knie</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <source>right toe</source>
        <translation>rechte Zehen</translation>
    </message>
    <message>
        <source>left toe</source>
        <translation>linke Zehen</translation>
    </message>
    <message>
        <source>right ankle</source>
        <translation>rechter Knöchel</translation>
    </message>
    <message>
        <source>left ankle</source>
        <translation>linker Knöchel</translation>
    </message>
</context>
<context>
    <name>posture</name>
    <message>
        <source>head forward and down</source>
        <extracomment>The fewest clear measurements a calibration needs (of the few taken over a few seconds). Measurements in one calibration may differ this much (head height, in shoulder widths) and still be one posture; the model&apos;s own noise on one picture is about 0.024. The shoulder line may lean this many degrees more than at calibration before it counts. The translation context of the texts below.</extracomment>
        <translation>Kopf nach vorn und unten</translation>
    </message>
    <message>
        <source>rounded shoulders</source>
        <translation>runde Schultern</translation>
    </message>
    <message>
        <source>leaning to one side</source>
        <translation>zur Seite geneigt</translation>
    </message>
    <message>
        <source>Your head and both shoulders were not clearly in view. Sit facing the camera with your shoulders in the picture, in good light, and try again.</source>
        <translation>Kopf und beide Schultern waren nicht gut zu sehen. Setz dich mit den Schultern im Bild vor die Kamera, bei gutem Licht, und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>You moved while it measured. Sit tall and still for a few seconds, then try again.</source>
        <translation>Du hast dich beim Messen bewegt. Sitz einige Sekunden aufrecht und still und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>Your ears were not above your shoulders. Sit tall, facing the camera, and try again.</source>
        <translation>Deine Ohren waren nicht über den Schultern. Sitz aufrecht, zur Kamera gewandt, und versuch es noch einmal.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>a file</source>
        <extracomment>What a pack file is called, so the file dialogs and the desktop can tell one.</extracomment>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>a pack of at most {0} bytes</source>
        <translation>ein Paket mit höchstens {0} Byte</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} Byte</translation>
    </message>
    <message>
        <source>a pack (a zip file)</source>
        <translation>ein Paket (eine ZIP-Datei)</translation>
    </message>
    <message>
        <source>at most {0} files</source>
        <translation>höchstens {0} Dateien</translation>
    </message>
    <message>
        <source>{0} files</source>
        <translation>{0} Dateien</translation>
    </message>
    <message>
        <source>{0} or a plain file name inside {1}/</source>
        <translation>{0} oder ein einfacher Dateiname in {1}/</translation>
    </message>
    <message>
        <source>another path</source>
        <translation>einen anderen Pfad</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>eine symbolische Verknüpfung</translation>
    </message>
    <message>
        <source>an encrypted file</source>
        <translation>eine verschlüsselte Datei</translation>
    </message>
    <message>
        <source>each name once</source>
        <translation>jeden Namen einmal</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>doppelt</translation>
    </message>
    <message>
        <source>at most {0} bytes in all</source>
        <translation>insgesamt höchstens {0} Byte</translation>
    </message>
    <message>
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <source>a manifest</source>
        <translation>ein Manifest</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>a TOML manifest</source>
        <translation>ein TOML-Manifest</translation>
    </message>
    <message>
        <source>another</source>
        <translation>ein anderes</translation>
    </message>
    <message>
        <source>version {0} or older (this postureapp is too old for a newer one)</source>
        <translation>Version {0} oder älter (dieses postureapp ist für eine neuere zu alt)</translation>
    </message>
    <message>
        <source>a list of 1 to {0} exercise ids</source>
        <translation>eine Liste mit 1 bis {0} Übungs-IDs</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>an exercise the manifest names</source>
        <translation>eine Übung, die das Manifest nennt</translation>
    </message>
    <message>
        <source>not</source>
        <translation>eine nicht genannte</translation>
    </message>
    <message>
        <source>the name of a {0} file</source>
        <translation>den Namen einer {0}-Datei</translation>
    </message>
    <message>
        <source>a file name relative to the illustration folder</source>
        <translation>einen Dateinamen relativ zum Bilderordner</translation>
    </message>
    <message>
        <source>a {0} file</source>
        <translation>eine {0}-Datei</translation>
    </message>
    <message>
        <source>a file inside {0}</source>
        <translation>eine Datei in {0}</translation>
    </message>
    <message>
        <source>a link to {0}</source>
        <translation>eine Verknüpfung auf {0}</translation>
    </message>
    <message>
        <source>a picture of at most {0} bytes</source>
        <translation>ein Bild mit höchstens {0} Byte</translation>
    </message>
    <message>
        <source>an existing file in {0}</source>
        <translation>eine vorhandene Datei in {0}</translation>
    </message>
    <message>
        <source>no file named {0}</source>
        <translation>keine Datei namens {0}</translation>
    </message>
    <message>
        <source>a [[steps]] table</source>
        <translation>eine [[steps]]-Tabelle</translation>
    </message>
    <message>
        <source>an exercise file</source>
        <translation>eine Übungsdatei</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>lowercase letters, digits and hyphens</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <source>the file name without .toml (&apos;{0}&apos;)</source>
        <translation>den Dateinamen ohne .toml (&apos;{0}&apos;)</translation>
    </message>
    <message>
        <source>only &quot;long&quot; for a floor exercise</source>
        <translation>nur &quot;long&quot; bei einer Übung am Boden</translation>
    </message>
    <message>
        <source>only &quot;long&quot; for an exercise that needs equipment</source>
        <translation>nur &quot;long&quot; bei einer Übung mit Hilfsmitteln</translation>
    </message>
    <message>
        <source>{0} to {1} [[steps]] tables</source>
        <translation>{0} bis {1} [[steps]]-Tabellen</translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation>{0} Schritte</translation>
    </message>
    <message>
        <source>the folder of built-in exercises</source>
        <translation>den Ordner der eingebauten Übungen</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>keinen solchen Ordner</translation>
    </message>
    <message>
        <source>a list of {0} non-empty strings of at most {1} characters, in the order of the English</source>
        <extracomment>A language as catalogues name it: de, pt_BR, zh_TW.</extracomment>
        <translation>eine Liste mit {0} nicht leeren Texten mit höchstens {1} Zeichen, in der Reihenfolge des Englischen</translation>
    </message>
    <message>
        <source>a list of {0} non-empty strings, in the order of the English</source>
        <translation>eine Liste mit {0} nicht leeren Texten, in der Reihenfolge des Englischen</translation>
    </message>
    <message>
        <source>a table of languages like [translations.de]</source>
        <translation>eine Tabelle von Sprachen wie [translations.de]</translation>
    </message>
    <message>
        <source>a language like de or pt_BR</source>
        <translation>eine Sprache wie de oder pt_BR</translation>
    </message>
    <message>
        <source>a table of title, summary, cautions and steps</source>
        <translation>eine Tabelle mit title, summary, cautions und steps</translation>
    </message>
    <message>
        <source>a table such as {0}</source>
        <translation>eine Tabelle wie {0}</translation>
    </message>
    <message>
        <source>a table of angles such as {0}</source>
        <translation>eine Tabelle von Winkeln wie {0}</translation>
    </message>
    <message>
        <source>a [steps.pose] table</source>
        <translation>eine [steps.pose]-Tabelle</translation>
    </message>
    <message>
        <source>a known key (did you mean &apos;{0}&apos;?)</source>
        <extracomment>The translation context of every problem&apos;s words (core marks them, the view translates them). Words a problem is made of: English as it is, or a Phrase translated where it is shown.</extracomment>
        <translation>einen bekannten Schlüssel (meintest du &apos;{0}&apos;?)</translation>
    </message>
    <message>
        <source>one of the keys {0}</source>
        <translation>einen der Schlüssel {0}</translation>
    </message>
    <message>
        <source>unknown key &apos;{0}&apos;</source>
        <translation>unbekannten Schlüssel &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>eines von {0}</translation>
    </message>
    <message>
        <source>a list of any of {0} (no repeats)</source>
        <translation>eine Liste mit beliebigen von {0} (ohne Wiederholungen)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; twice</source>
        <translation>&apos;{0}&apos; doppelt</translation>
    </message>
    <message>
        <source>{0} characters</source>
        <translation>{0} Zeichen</translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation>{0} Einträge</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number from {0} to {1}</source>
        <translation>eine Zahl von {0} bis {1}</translation>
    </message>
    <message>
        <source>a file of at most {0} bytes</source>
        <translation>eine Datei mit höchstens {0} Byte</translation>
    </message>
    <message>
        <source>a bigger file</source>
        <translation>eine größere Datei</translation>
    </message>
    <message>
        <source>a readable file</source>
        <translation>eine lesbare Datei</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>UTF-8-Text</translation>
    </message>
    <message>
        <source>byte {0} at offset {1}</source>
        <translation>Byte {0} an Position {1}</translation>
    </message>
    <message>
        <source>a syntax error ({0})</source>
        <translation>einen Syntaxfehler ({0})</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} oder {1}</translation>
    </message>
    <message>
        <source>nothing (the field is missing)</source>
        <translation>nichts (das Feld fehlt)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>expected {0}, found {1}</source>
        <translation>erwartet {0}, gefunden {1}</translation>
    </message>
    <message>
        <source>text of 1 to {0} characters</source>
        <translation>Text mit 1 bis {0} Zeichen</translation>
    </message>
    <message>
        <source>a list of at least one of {0} (no repeats)</source>
        <translation>eine Liste mit mindestens einem von {0} (ohne Wiederholungen)</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>eine leere Liste</translation>
    </message>
    <message>
        <source>a list of {0} to {1} non-empty strings</source>
        <translation>eine Liste mit {0} bis {1} nicht leeren Texten</translation>
    </message>
    <message>
        <source>a list of any number of non-empty strings</source>
        <translation>eine Liste mit beliebig vielen nicht leeren Texten</translation>
    </message>
    <message>
        <source>an integer from {0} to {1}</source>
        <translation>eine ganze Zahl von {0} bis {1}</translation>
    </message>
    <message>
        <source>an ISO 8601 time with a UTC offset, e.g. 2024-05-10T09:30:00+02:00</source>
        <translation>eine Zeit nach ISO 8601 mit UTC-Versatz, z. B. 2024-05-10T09:30:00+02:00</translation>
    </message>
    <message>
        <source>tables and lists nested at most {0} deep</source>
        <extracomment>Files people write by hand are small; anything bigger is not one of ours. Tables and arrays nested deeper than this are not something a person wrote on purpose.</extracomment>
        <translation>Tabellen und Listen mit höchstens {0} Ebenen</translation>
    </message>
    <message>
        <source>deeper nesting</source>
        <extracomment>Reading stops after this many problems: the file is refused either way.</extracomment>
        <translation>tiefere Verschachtelung</translation>
    </message>
    <message>
        <source>valid TOML</source>
        <translation>gültiges TOML</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <extracomment>The app&apos;s own small JSON files (the schedule, the safety state).</extracomment>
        <translation>gültiges JSON</translation>
    </message>
    <message>
        <source>a list of exercise ids</source>
        <extracomment>What an export holds: breaks, check-ins and (JSON only) each day&apos;s posture figures. A CSV line longer than this is not an export (a row is a few hundred characters). One JSON record (a break) longer than this is not an export either. A CSV cell; the csv module&apos;s own default limit, named so that it is a decision.</extracomment>
        <translation>eine Liste von Übungs-IDs</translation>
    </message>
    <message>
        <source>exercise ids without spaces, separated by commas</source>
        <translation>Übungs-IDs ohne Leerzeichen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>a whole number of seconds, 0 or more</source>
        <translation>eine ganze Zahl von Sekunden, 0 oder mehr</translation>
    </message>
    <message>
        <source>a longer line</source>
        <translation>eine längere Zeile</translation>
    </message>
    <message>
        <source>a header line naming the columns</source>
        <translation>eine Kopfzeile mit den Namen der Spalten</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>eine leere Datei</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>einen Schlüssel in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>the end of the file after the object</source>
        <translation>das Dateiende nach dem Objekt</translation>
    </message>
    <message>
        <source>no &apos;breaks&apos; list</source>
        <translation>keine Liste &apos;breaks&apos;</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>JSON nested a few levels deep</source>
        <translation>JSON mit wenigen Ebenen</translation>
    </message>
    <message>
        <source>deeper</source>
        <translation>tiefer</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <extracomment>How many problems the message lists; the rest are counted.</extracomment>
        <translation>… und {0} weitere</translation>
    </message>
    <message>
        <source>(reading stopped after {0} problems)</source>
        <translation>(Lesen nach {0} Problemen abgebrochen)</translation>
    </message>
    <message>
        <source>{0}: cannot import, nothing was added:</source>
        <translation>{0}: Import nicht möglich, nichts wurde hinzugefügt:</translation>
    </message>
    <message>
        <source>missing column {0}</source>
        <translation>fehlende Spalte {0}</translation>
    </message>
    <message>
        <source>unknown column {0}</source>
        <translation>unbekannte Spalte {0}</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <source>{0} (expected {1}; id is optional)</source>
        <translation>{0} (erwartet {1}; id ist optional)</translation>
    </message>
    <message>
        <source>a line of at most {0} characters</source>
        <translation>eine Zeile mit höchstens {0} Zeichen</translation>
    </message>
    <message>
        <source>a cell of at most {0} characters</source>
        <translation>eine Zelle mit höchstens {0} Zeichen</translation>
    </message>
    <message>
        <source>a value of at most {0} characters</source>
        <translation>einen Wert mit höchstens {0} Zeichen</translation>
    </message>
    <message>
        <source>a longer one</source>
        <translation>einen längeren</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>das Dateiende</translation>
    </message>
    <message>
        <source>JSON nested no deeper than an export</source>
        <translation>JSON, nicht tiefer verschachtelt als ein Export</translation>
    </message>
    <message>
        <source>a JSON object with a &apos;breaks&apos; list, as export writes it</source>
        <translation>ein JSON-Objekt mit einer Liste &apos;breaks&apos;, wie der Export es schreibt</translation>
    </message>
    <message>
        <source>a list of {0}</source>
        <translation>eine Liste {0}</translation>
    </message>
    <message>
        <source>&apos;:&apos; after a key</source>
        <translation>&apos;:&apos; nach einem Schlüssel</translation>
    </message>
    <message>
        <source>{0} in the list of {1}</source>
        <translation>{0} in der Liste {1}</translation>
    </message>
    <message>
        <source>1 to {0} (a newer version needs a newer postureapp)</source>
        <translation>1 bis {0} (eine neuere Version braucht ein neueres postureapp)</translation>
    </message>
    <message>
        <source>{0} cells</source>
        <translation>{0} Zellen</translation>
    </message>
    <message>
        <source>byte {0}</source>
        <translation>Byte {0}</translation>
    </message>
    <message>
        <source>a time not before {0} ({1})</source>
        <translation>eine Zeit nicht vor {0} ({1})</translation>
    </message>
    <message>
        <source>32 lowercase hex digits</source>
        <translation>32 Hexadezimalziffern in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>a JSON object with format {0}</source>
        <extracomment>A few months of breaks that could not be written; a bigger file is not ours.</extracomment>
        <translation>ein JSON-Objekt mit format {0}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <extracomment>The ordinary answers to &quot;how does your upper back feel&quot; (not a warning sign). This many check-in days in a row answered &apos;worse&apos; pause the exercises. Breaks count as regular when at least REGULAR_DAYS of the last REGULAR_WINDOW_DAYS had one. Check-ins looked at for the stiffness trend, and how far apart the first and last must be. How many rated check-ins are averaged at each end of the trend. An average below this counts as only a little stiffness: not a reason to send anyone anywhere. A professional is suggested at most once in this long.</extracomment>
        <translation>ein JSON-Objekt</translation>
    </message>
    <message>
        <source>could not be moved aside ({0})</source>
        <translation>konnte nicht beiseitegelegt werden ({0})</translation>
    </message>
    <message>
        <source>kept as {0}; the good values are still in use</source>
        <translation>als {0} aufbewahrt; die gültigen Werte gelten weiter</translation>
    </message>
    <message>
        <source>cannot be read ({0}); the defaults are in use</source>
        <translation>kann nicht gelesen werden ({0}); die Standardwerte gelten</translation>
    </message>
    <message>
        <source>is not valid TOML ({0})</source>
        <translation>ist kein gültiges TOML ({0})</translation>
    </message>
    <message>
        <source>is not UTF-8 text ({0})</source>
        <translation>ist kein UTF-8-Text ({0})</translation>
    </message>
    <message>
        <source>cannot be used as a settings file ({0})</source>
        <translation>kann nicht als Einstellungsdatei dienen ({0})</translation>
    </message>
    <message>
        <source>{0} and could not be moved aside ({1}); the defaults are in use and the file will not be changed</source>
        <translation>{0} und konnte nicht beiseitegelegt werden ({1}); die Standardwerte gelten, und die Datei wird nicht geändert</translation>
    </message>
    <message>
        <source>{0}; it was moved to {1} and the defaults are in use</source>
        <translation>{0}; die Datei wurde nach {1} verschoben, und die Standardwerte gelten</translation>
    </message>
    <message>
        <source>must be a whole number (this version writes {0}), got {1}; the file is read as version {0}</source>
        <translation>muss eine ganze Zahl sein (diese Version schreibt {0}), gefunden {1}; die Datei wird als Version {0} gelesen</translation>
    </message>
    <message>
        <source>the file was written by a newer postureapp (schema {0}; this one knows {1}): it is read as far as understood and will not be changed</source>
        <translation>die Datei stammt von einem neueren postureapp (Schema {0}; dieses kennt {1}): sie wird gelesen, soweit sie verstanden wird, und nicht geändert</translation>
    </message>
    <message>
        <source>{0}; the default {1} is used instead</source>
        <translation>{0}; stattdessen gilt der Standardwert {1}</translation>
    </message>
    <message>
        <source>must be a section [{0}], got {1}; it is ignored</source>
        <translation>muss ein Abschnitt [{0}] sein, gefunden {1}; er wird ignoriert</translation>
    </message>
    <message>
        <source>text of at most {0} characters, or nothing</source>
        <extracomment>A note longer than this is not one a user typed into a check-in.</extracomment>
        <translation>Text mit höchstens {0} Zeichen oder nichts</translation>
    </message>
    <message>
        <source>a whole number from 0 to 10, or nothing</source>
        <translation>eine ganze Zahl von 0 bis 10 oder nichts</translation>
    </message>
    <message>
        <source>a line that is not key = value, a [table] or a comment</source>
        <extracomment>tomllib&apos;s messages (Python 3.11 to 3.13), each with what it means to the person who wrote the file; a group in the pattern fills the phrase&apos;s place.</extracomment>
        <translation>eine Zeile, die weder Schlüssel = Wert noch [Tabelle] noch Kommentar ist</translation>
    </message>
    <message>
        <source>more after a value on the same line</source>
        <translation>weiteren Text nach einem Wert in derselben Zeile</translation>
    </message>
    <message>
        <source>a key without &apos;=&apos; after it</source>
        <translation>einen Schlüssel ohne &apos;=&apos; danach</translation>
    </message>
    <message>
        <source>a key that starts with a character keys cannot start with</source>
        <translation>einen Schlüssel, der mit einem dafür unzulässigen Zeichen beginnt</translation>
    </message>
    <message>
        <source>a value of no known kind (text needs quotes)</source>
        <translation>einen Wert unbekannter Art (Text braucht Anführungszeichen)</translation>
    </message>
    <message>
        <source>text without its closing quote</source>
        <translation>Text ohne schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>a list without its closing &apos;]&apos;</source>
        <translation>eine Liste ohne schließendes &apos;]&apos;</translation>
    </message>
    <message>
        <source>an inline table without its closing brace</source>
        <translation>eine Inline-Tabelle ohne schließende geschweifte Klammer</translation>
    </message>
    <message>
        <source>a [table] name without its closing &apos;]&apos;</source>
        <translation>einen [Tabellen]-Namen ohne schließendes &apos;]&apos;</translation>
    </message>
    <message>
        <source>a [[table]] name without its closing &apos;]]&apos;</source>
        <translation>einen [[Tabellen]]-Namen ohne schließendes &apos;]]&apos;</translation>
    </message>
    <message>
        <source>a key given a value twice</source>
        <translation>einen Schlüssel, der zweimal einen Wert bekommt</translation>
    </message>
    <message>
        <source>the table {0} declared twice</source>
        <translation>die Tabelle {0}, zweimal angelegt</translation>
    </message>
    <message>
        <source>{0} defined a second time</source>
        <translation>{0}, ein zweites Mal definiert</translation>
    </message>
    <message>
        <source>the key {0} twice in an inline table</source>
        <translation>den Schlüssel {0} zweimal in einer Inline-Tabelle</translation>
    </message>
    <message>
        <source>a &apos;\&apos; in text that starts no known escape</source>
        <translation>ein &apos;\&apos; im Text, das keine bekannte Escape-Sequenz beginnt</translation>
    </message>
    <message>
        <source>an escape with wrong hexadecimal digits</source>
        <translation>eine Escape-Sequenz mit falschen Hexadezimalziffern</translation>
    </message>
    <message>
        <source>an escape that is no Unicode character</source>
        <translation>eine Escape-Sequenz, die kein Unicode-Zeichen ist</translation>
    </message>
    <message>
        <source>the character {0}, which text cannot hold</source>
        <translation>das Zeichen {0}, das in Text nicht stehen darf</translation>
    </message>
    <message>
        <source>the character {0} where it does not belong</source>
        <translation>das Zeichen {0} an einer Stelle, an die es nicht gehört</translation>
    </message>
    <message>
        <source>a date or time that does not exist</source>
        <translation>ein Datum oder eine Uhrzeit, die es nicht gibt</translation>
    </message>
    <message>
        <source>no {0} where one was needed</source>
        <translation>kein {0}, wo eines nötig war</translation>
    </message>
    <message>
        <source>no value where one was needed</source>
        <extracomment>The json module&apos;s messages.</extracomment>
        <translation>keinen Wert, wo einer nötig war</translation>
    </message>
    <message>
        <source>a key not in double quotes</source>
        <translation>einen Schlüssel ohne doppelte Anführungszeichen</translation>
    </message>
    <message>
        <source>a key without &apos;:&apos; after it</source>
        <translation>einen Schlüssel ohne &apos;:&apos; danach</translation>
    </message>
    <message>
        <source>a missing &apos;,&apos; between two values</source>
        <translation>ein fehlendes &apos;,&apos; zwischen zwei Werten</translation>
    </message>
    <message>
        <source>a control character (such as a line break) inside text</source>
        <translation>ein Steuerzeichen (etwa einen Zeilenumbruch) im Text</translation>
    </message>
    <message>
        <source>a &apos;,&apos; after the last value</source>
        <translation>ein &apos;,&apos; nach dem letzten Wert</translation>
    </message>
    <message>
        <source>more after the end of the document</source>
        <translation>weiteren Inhalt nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>not a zip file</source>
        <translation>keine ZIP-Datei</translation>
    </message>
    <message>
        <source>a compression method this app cannot read</source>
        <translation>eine Komprimierung, die diese App nicht lesen kann</translation>
    </message>
    <message>
        <source>a damaged zip file</source>
        <translation>eine beschädigte ZIP-Datei</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>das ist ein Ordner</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>ein Teil des Pfades ist kein Ordner</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>bereits vorhanden</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>der Datenträger ließ sich nicht lesen oder beschreiben</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>zu viele symbolische Verknüpfungen</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>zu viele Dateien sind geöffnet</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>wird gerade benutzt</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>der Ordner ist nicht leer</translation>
    </message>
    <message>
        <source>the system refused ({0})</source>
        <translation>das System hat abgelehnt ({0})</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>kann nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>{0} (line {1}, column {2})</source>
        <translation>{0} (Zeile {1}, Spalte {2})</translation>
    </message>
    <message>
        <source>another program is using it; try again in a moment</source>
        <extracomment>SQLite&apos;s messages (the break log), and what they mean to the user.</extracomment>
        <translation>ein anderes Programm benutzt es gerade; versuche es gleich noch einmal</translation>
    </message>
    <message>
        <source>it can be read but not written</source>
        <translation>es lässt sich lesen, aber nicht schreiben</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>es lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>it is not a database</source>
        <translation>es ist keine Datenbank</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>es ist beschädigt</translation>
    </message>
    <message>
        <source>a database error ({0})</source>
        <translation>ein Datenbankfehler ({0})</translation>
    </message>
    <message>
        <source>{0}: the log has schema version {1}, newer than this version of the app understands ({2}); please update the app</source>
        <extracomment>Why the log cannot be opened by this app (the &quot;problems&quot; context translates them).</extracomment>
        <translation>{0}: das Pausenprotokoll hat die Schemaversion {1}, neuer als diese Version der App versteht ({2}); bitte aktualisiere die App</translation>
    </message>
    <message>
        <source>{0}: upgrading the log to version {1} failed ({2}); nothing was changed</source>
        <translation>{0}: das Pausenprotokoll ließ sich nicht auf Version {1} aktualisieren ({2}); nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Stand up and move</source>
        <translation>Steh auf und beweg dich</translation>
    </message>
    <message>
        <source>Emergency: stop and get emergency care now (call your local emergency number or go to an emergency department) if you have:</source>
        <extracomment>Each urgency&apos;s heading: what to do, then the signs it covers.</extracomment>
        <translation>Notfall: Hör auf und hol dir sofort Notfallhilfe (ruf die örtliche Notrufnummer an oder geh in eine Notaufnahme), wenn du Folgendes hast:</translation>
    </message>
    <message>
        <source>Stop the exercises and see a doctor without delay if you have:</source>
        <translation>Hör mit den Übungen auf und geh ohne Verzögerung zu einem Arzt, wenn du Folgendes hast:</translation>
    </message>
    <message>
        <source>Stop the exercises and have a doctor or physical therapist check it if you have:</source>
        <translation>Hör mit den Übungen auf und lass es von einem Arzt oder Physiotherapeuten prüfen, wenn du Folgendes hast:</translation>
    </message>
    <message>
        <source>A sudden, severe headache, dizziness or a spinning feeling, or trouble seeing, after moving your neck or after a fall or another injury.</source>
        <extracomment>The emergency line&apos;s heading (the words every list of signs shows first).</extracomment>
        <translation>Plötzliche, starke Kopfschmerzen, Schwindel oder ein Drehgefühl oder Sehstörungen, nachdem du den Nacken bewegt hast oder nach einem Sturz oder einer anderen Verletzung.</translation>
    </message>
    <message>
        <source>Pain that spreads from your neck or upper back into an arm or a hand.</source>
        <translation>Schmerzen, die vom Nacken oder oberen Rücken in einen Arm oder eine Hand ausstrahlen.</translation>
    </message>
    <message>
        <source>New numbness, pins and needles that do not go away, or weakness in your arms or hands.</source>
        <translation>Neue Taubheit, Kribbeln, das nicht weggeht, oder Schwäche in den Armen oder Händen.</translation>
    </message>
    <message>
        <source>Neck or back pain together with a fever, chills, or weight loss you cannot explain.</source>
        <translation>Nacken- oder Rückenschmerzen zusammen mit Fieber, Schüttelfrost oder einem Gewichtsverlust, den du dir nicht erklären kannst.</translation>
    </message>
    <message>
        <source>Numbness, tingling or weakness that runs down your legs.</source>
        <translation>Taubheit, Kribbeln oder Schwäche, die in die Beine hinunterzieht.</translation>
    </message>
    <message>
        <source>Any new trouble controlling your bowel or bladder.</source>
        <translation>Neue Schwierigkeiten, Darm oder Blase zu kontrollieren.</translation>
    </message>
    <message>
        <source>Sharp or shooting pain, or pain that keeps getting worse, for example when you move or after sitting for a long time.</source>
        <translation>Stechende oder einschießende Schmerzen oder Schmerzen, die immer schlimmer werden, etwa bei Bewegung oder nach langem Sitzen.</translation>
    </message>
    <message>
        <source>Check with a doctor or physical therapist before you start if you have:</source>
        <translation>Sprich vor dem Beginn mit einem Arzt oder Physiotherapeuten, wenn du Folgendes hast:</translation>
    </message>
    <message>
        <source>Osteoporosis or another condition of the bones.</source>
        <translation>Osteoporose oder eine andere Erkrankung der Knochen.</translation>
    </message>
    <message>
        <source>A herniated (slipped) disc or another problem with your spine.</source>
        <translation>Einen Bandscheibenvorfall oder ein anderes Problem mit der Wirbelsäule.</translation>
    </message>
    <message>
        <source>Arthritis.</source>
        <translation>Arthritis oder Arthrose.</translation>
    </message>
    <message>
        <source>Welcome to postureapp</source>
        <extracomment>The translation context of every text in this module.</extracomment>
        <translation>Willkommen bei postureapp</translation>
    </message>
    <message>
        <source>About postureapp and your safety</source>
        <translation>Über postureapp und deine Sicherheit</translation>
    </message>
    <message>
        <source>postureapp reminds you to take a short break at the intervals you choose and guides you through gentle movements for the upper back, neck and shoulders. Every break is logged, so you can look back and see how you are getting on.</source>
        <translation>postureapp erinnert dich in den Abständen, die du wählst, an eine kurze Pause und führt dich durch sanfte Bewegungen für den oberen Rücken, den Nacken und die Schultern. Jede Pause wird festgehalten, damit du zurückschauen und sehen kannst, wie es dir geht.</translation>
    </message>
    <message>
        <source>postureapp is not medical advice. It cannot tell what is behind your stiffness or pain, and it does not replace a doctor or a physical therapist.</source>
        <translation>postureapp ist keine medizinische Beratung. Es kann nicht erkennen, was hinter deiner Steifheit oder deinen Schmerzen steckt, und es ersetzt keinen Arzt und keinen Physiotherapeuten.</translation>
    </message>
    <message>
        <source>Move slowly and stay within what feels comfortable. If a movement hurts, stop it; you can always skip the rest of a break.</source>
        <translation>Beweg dich langsam und bleib in dem Bereich, der sich angenehm anfühlt. Wenn eine Bewegung wehtut, hör damit auf; du kannst den Rest einer Pause immer überspringen.</translation>
    </message>
    <message>
        <source>If your stiffness has not eased after two to six weeks of gentle, regular movement, show it to a physical therapist.</source>
        <translation>Wenn deine Steifheit nach zwei bis sechs Wochen sanfter, regelmäßiger Bewegung nicht nachgelassen hat, zeig sie einem Physiotherapeuten.</translation>
    </message>
    <message>
        <source>About cracking</source>
        <translation>Über das Knacken</translation>
    </message>
    <message>
        <source>The pop you sometimes hear from your back or neck is gas leaving the fluid that bathes the joint, much like cracking your knuckles. Nothing slips back into place when it happens.</source>
        <translation>Das Knacken, das du manchmal im Rücken oder Nacken hörst, ist Gas, das aus der Flüssigkeit im Gelenk entweicht, ähnlich wie beim Fingerknacken. Dabei rutscht nichts zurück an seinen Platz.</translation>
    </message>
    <message>
        <source>So a pop is not a fix. Any relief it brings tends to fade, and the joint needs a while, often around twenty minutes, before it can pop again.</source>
        <translation>Ein Knacken ist also keine Reparatur. Die Erleichterung, die es bringt, lässt meist nach, und das Gelenk braucht eine Weile, oft etwa zwanzig Minuten, bevor es wieder knacken kann.</translation>
    </message>
    <message>
        <source>Forcing a crack, by twisting hard, jerking, or levering against a towel or a wall, can strain muscles and ligaments or irritate a nerve. The neck is the riskiest place to try: the arteries that feed the brain run through it, and a rough twist can, rarely, damage one.</source>
        <translation>Ein erzwungenes Knacken durch kräftiges Drehen, Rucken oder Hebeln gegen ein Handtuch oder eine Wand kann Muskeln und Bänder zerren oder einen Nerv reizen. Am riskantesten ist es am Nacken: Durch ihn laufen die Arterien, die das Gehirn versorgen, und eine grobe Drehung kann, selten, eine davon verletzen.</translation>
    </message>
    <message>
        <source>Gentle, regular movement is the better habit. It loosens stiff joints without force, and none of the exercises in postureapp ask you to aim for a pop.</source>
        <translation>Sanfte, regelmäßige Bewegung ist die bessere Gewohnheit. Sie lockert steife Gelenke ohne Gewalt, und keine der Übungen in postureapp verlangt von dir, auf ein Knacken hinzuarbeiten.</translation>
    </message>
    <message>
        <source>Exercise breaks are paused</source>
        <translation>Übungspausen sind ausgesetzt</translation>
    </message>
    <message>
        <source>You told postureapp that something is wrong beyond ordinary stiffness.</source>
        <translation>Du hast postureapp gesagt, dass etwas über die gewöhnliche Steifheit hinaus nicht stimmt.</translation>
    </message>
    <message>
        <source>Your upper back has felt worse on three check-in days in a row.</source>
        <translation>Dein oberer Rücken hat sich an drei Nachfrage-Tagen nacheinander schlechter angefühlt.</translation>
    </message>
    <message>
        <source>This can be a sign that something other than ordinary stiffness is going on. Only a clinician can tell, so please have a doctor or a physical therapist look at it.</source>
        <translation>Das kann ein Zeichen sein, dass etwas anderes als gewöhnliche Steifheit dahintersteckt. Das kann nur eine Fachperson beurteilen, also lass es bitte von einem Arzt oder Physiotherapeuten ansehen.</translation>
    </message>
    <message>
        <source>Until then the exercise breaks are paused. postureapp can still remind you now and then to stand up and walk about.</source>
        <translation>Bis dahin sind die Übungspausen ausgesetzt. postureapp kann dich weiterhin ab und zu erinnern, aufzustehen und umherzugehen.</translation>
    </message>
    <message>
        <source>Time to stand up, walk about and rest your eyes until the countdown ends.</source>
        <translation>Zeit, aufzustehen, umherzugehen und die Augen auszuruhen, bis der Countdown endet.</translation>
    </message>
    <message>
        <source>Worth a visit to a physical therapist</source>
        <translation>Ein Besuch beim Physiotherapeuten lohnt sich</translation>
    </message>
    <message>
        <source>You have taken breaks on most days for two weeks or more, and your stiffness ratings have not come down.</source>
        <translation>Du hast zwei Wochen oder länger an den meisten Tagen Pausen gemacht, und deine Steifheitswerte sind nicht gesunken.</translation>
    </message>
    <message>
        <source>You have taken breaks on most days for two weeks or more, and none of your check-ins in that time said &apos;better&apos;.</source>
        <translation>Du hast zwei Wochen oder länger an den meisten Tagen Pausen gemacht, und keine deiner Antworten in dieser Zeit lautete „besser“.</translation>
    </message>
    <message>
        <source>Stiffness that stays despite weeks of gentle, regular movement is worth showing to a physical therapist, who can find out what is behind it and what would help. You can keep using postureapp in the meantime.</source>
        <translation>Steifheit, die trotz Wochen sanfter, regelmäßiger Bewegung bleibt, solltest du einem Physiotherapeuten zeigen; er kann herausfinden, was dahintersteckt und was helfen würde. Du kannst postureapp in der Zwischenzeit weiter nutzen.</translation>
    </message>
    <message>
        <source>You stopped because it hurt</source>
        <translation>Du hast aufgehört, weil es wehtat</translation>
    </message>
    <message>
        <source>Stopping was the right thing to do. Rest now, and leave out the movement that hurt.</source>
        <translation>Aufzuhören war richtig. Ruh dich jetzt aus und lass die Bewegung weg, die wehtat.</translation>
    </message>
    <message>
        <source>If the pain stays or gets worse, have a physical therapist or a doctor look at it.</source>
        <translation>Wenn der Schmerz bleibt oder schlimmer wird, lass es von einem Physiotherapeuten oder Arzt ansehen.</translation>
    </message>
    <message>
        <source>You can pause the exercise breaks until then. postureapp will only remind you now and then to stand up and walk about.</source>
        <translation>Du kannst die Übungspausen bis dahin aussetzen. postureapp erinnert dich dann nur ab und zu daran, aufzustehen und umherzugehen.</translation>
    </message>
    <message>
        <source>You stopped a break because a movement hurt.</source>
        <translation>Du hast eine Pause abgebrochen, weil eine Bewegung wehtat.</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for your safety. Breaks only remind you to stand up and move.</source>
        <translation>Übungspausen sind zu deiner Sicherheit ausgesetzt. Pausen erinnern dich nur daran, aufzustehen und dich zu bewegen.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>a list of calendars like {0} (kind file, url or caldav; user for caldav)</source>
        <translation>eine Liste von Kalendern wie {0} (kind file, url oder caldav; user für caldav)</translation>
    </message>
    <message>
        <source>must be {0}</source>
        <translation>muss {0} sein</translation>
    </message>
    <message>
        <source>unknown setting (did you mean {0}?)</source>
        <translation>unbekannte Einstellung (meintest du {0}?)</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>unbekannte Einstellung</translation>
    </message>
    <message>
        <source>Work between breaks</source>
        <translation>Arbeit zwischen Pausen</translation>
    </message>
    <message>
        <source>Minutes of work between one break and the next.</source>
        <translation>Minuten Arbeit zwischen einer Pause und der nächsten.</translation>
    </message>
    <message>
        <source>Short break length</source>
        <translation>Länge kurzer Pausen</translation>
    </message>
    <message>
        <source>How long a short break lasts. Its exercise is repeated or held longer to fit, and every step leaves time to read it; a break lands within 10 % (or 5 s) of this.</source>
        <translation>Wie lange eine kurze Pause dauert. Ihre Übung wird wiederholt oder länger gehalten, damit es passt, und jeder Schritt lässt Zeit zum Lesen; eine Pause trifft diese Länge auf 10 % (oder 5 s) genau.</translation>
    </message>
    <message>
        <source>Long break every</source>
        <translation>Lange Pause alle</translation>
    </message>
    <message>
        <source>Every Nth break is a long one; 0 means never.</source>
        <translation>Jede N-te Pause ist eine lange; 0 heißt nie.</translation>
    </message>
    <message>
        <source>Long break length</source>
        <translation>Länge langer Pausen</translation>
    </message>
    <message>
        <source>How long a long break lasts. Its exercises are repeated or held longer to fit; a break lands within 10 % (or 5 s) of this.</source>
        <translation>Wie lange eine lange Pause dauert. Ihre Übungen werden wiederholt oder länger gehalten, damit es passt; eine Pause trifft diese Länge auf 10 % (oder 5 s) genau.</translation>
    </message>
    <message>
        <source>Notice before a break</source>
        <translation>Ankündigung vor einer Pause</translation>
    </message>
    <message>
        <source>How early a quiet notice announces a break; 0 means no notice.</source>
        <translation>Wie früh ein leiser Hinweis eine Pause ankündigt; 0 heißt kein Hinweis.</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Dauer des Verschiebens</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>Wie lange „Später“ eine Pause verschiebt.</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Verschiebungen pro Pause</translation>
    </message>
    <message>
        <source>How often in a row one break may be snoozed; 0 turns Snooze off.</source>
        <translation>Wie oft nacheinander eine Pause verschoben werden darf; 0 schaltet „Später“ aus.</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Strenger Modus</translation>
    </message>
    <message>
        <source>A break that has started cannot be skipped or snoozed.</source>
        <translation>Eine begonnene Pause kann nicht übersprungen oder verschoben werden.</translation>
    </message>
    <message>
        <source>Only in working hours</source>
        <translation>Nur während der Arbeitszeit</translation>
    </message>
    <message>
        <source>Plan breaks only inside the working hours set for each day.</source>
        <translation>Pausen nur innerhalb der Arbeitszeit planen, die für jeden Tag eingestellt ist.</translation>
    </message>
    <message>
        <source>Working hours on this day, as HH:MM-HH:MM ranges; empty for a day off.</source>
        <translation>Arbeitszeit an diesem Tag, als Bereiche HH:MM-HH:MM; leer für einen freien Tag.</translation>
    </message>
    <message>
        <source>Fixed break times</source>
        <translation>Feste Pausenzeiten</translation>
    </message>
    <message>
        <source>Times of day when a break comes whatever the interval says.</source>
        <translation>Uhrzeiten, zu denen eine Pause kommt, egal was das Intervall sagt.</translation>
    </message>
    <message>
        <source>Days for fixed times</source>
        <translation>Tage für feste Zeiten</translation>
    </message>
    <message>
        <source>The days on which the fixed break times apply.</source>
        <translation>Die Tage, an denen die festen Pausenzeiten gelten.</translation>
    </message>
    <message>
        <source>Wait during full screen</source>
        <translation>Bei Vollbild warten</translation>
    </message>
    <message>
        <source>Hold a due break while a full-screen window is in front.</source>
        <translation>Eine fällige Pause zurückhalten, solange ein Vollbildfenster vorne ist.</translation>
    </message>
    <message>
        <source>Wait during Do Not Disturb</source>
        <translation>Bei „Nicht stören“ warten</translation>
    </message>
    <message>
        <source>Hold a due break while Do Not Disturb is on.</source>
        <translation>Eine fällige Pause zurückhalten, solange „Nicht stören“ an ist.</translation>
    </message>
    <message>
        <source>Wait during calls</source>
        <translation>Bei Anrufen warten</translation>
    </message>
    <message>
        <source>Hold a due break while a call seems to be in progress.</source>
        <translation>Eine fällige Pause zurückhalten, solange ein Anruf zu laufen scheint.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>How long a held break waits before it is shown anyway; 0 means no limit.</source>
        <translation>Wie lange eine zurückgehaltene Pause wartet, bevor sie trotzdem erscheint; 0 heißt ohne Grenze.</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Calendars whose events hold breaks: no break during a busy event, none just before one. Local .ics files or folders, web addresses and CalDAV accounts (read only).</source>
        <translation>Kalender, deren Termine Pausen zurückhalten: keine Pause während eines belegten Termins, keine kurz davor. Lokale .ics-Dateien oder -Ordner, Webadressen und CalDAV-Konten (nur lesen).</translation>
    </message>
    <message>
        <source>Clear before events</source>
        <translation>Frei vor Terminen</translation>
    </message>
    <message>
        <source>No break falls due this long before an event; it comes early or right after instead.</source>
        <translation>So lange vor einem Termin wird keine Pause fällig; sie kommt früher oder gleich danach.</translation>
    </message>
    <message>
        <source>Read calendars every</source>
        <translation>Kalender lesen alle</translation>
    </message>
    <message>
        <source>How often calendars are read again (also on waking up).</source>
        <translation>Wie oft Kalender neu gelesen werden (auch nach dem Aufwachen).</translation>
    </message>
    <message>
        <source>Show event titles</source>
        <translation>Termintitel zeigen</translation>
    </message>
    <message>
        <source>Name the event a break waits for (postureapp status); off keeps the titles private.</source>
        <translation>Den Termin nennen, auf den eine Pause wartet (postureapp status); aus hält die Titel privat.</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>Körperbereiche</translation>
    </message>
    <message>
        <source>The parts of the body the offered exercises may work on.</source>
        <translation>Die Körperteile, an denen angebotene Übungen arbeiten dürfen.</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Haltungen</translation>
    </message>
    <message>
        <source>The positions an offered exercise may ask you to take.</source>
        <translation>Die Haltungen, die eine angebotene Übung verlangen darf.</translation>
    </message>
    <message>
        <source>Equipment at hand</source>
        <translation>Vorhandene Hilfsmittel</translation>
    </message>
    <message>
        <source>Equipment you have nearby; exercises needing other things are left out.</source>
        <translation>Hilfsmittel, die du in der Nähe hast; Übungen, die anderes brauchen, entfallen.</translation>
    </message>
    <message>
        <source>Your exercises folder</source>
        <translation>Dein Übungsordner</translation>
    </message>
    <message>
        <source>A folder of your own exercise files; empty means the usual one.</source>
        <translation>Ein Ordner mit deinen eigenen Übungsdateien; leer heißt der übliche.</translation>
    </message>
    <message>
        <source>How often each exercise comes</source>
        <translation>Wie oft jede Übung kommt</translation>
    </message>
    <message>
        <source>Whether each exercise is offered, and how often: never (0, unticked), as usual (1), more often (2) or most often (3). Exercises not listed come as usual.</source>
        <translation>Ob jede Übung angeboten wird und wie oft: nie (0, abgewählt), wie üblich (1), öfter (2) oder am häufigsten (3). Nicht aufgeführte Übungen kommen wie üblich.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Play a soft sound when a break starts and ends.</source>
        <translation>Einen leisen Ton spielen, wenn eine Pause beginnt und endet.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Light or dark windows; system follows your desktop.</source>
        <translation>Helle oder dunkle Fenster; System folgt deinem Desktop.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start postureapp when you log in.</source>
        <translation>postureapp starten, wenn du dich anmeldest.</translation>
    </message>
    <message>
        <source>Away counts as a break</source>
        <translation>Abwesenheit zählt als Pause</translation>
    </message>
    <message>
        <source>Away from the computer this long and a break counts as taken.</source>
        <translation>So lange weg vom Computer, und eine Pause zählt als gemacht.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Now and then ask after a break how your back and neck feel.</source>
        <translation>Ab und zu nach einer Pause fragen, wie sich Rücken und Nacken anfühlen.</translation>
    </message>
    <message>
        <source>Moving pictures</source>
        <translation>Bewegte Bilder</translation>
    </message>
    <message>
        <source>Whether the figure in the break window moves: auto follows the desktop&apos;s animation setting; reduced shows the end pose over a faint start pose.</source>
        <translation>Ob sich die Figur im Pausenfenster bewegt: Automatisch folgt der Animationseinstellung des Desktops; reduziert zeigt die Endhaltung über einer blassen Anfangshaltung.</translation>
    </message>
    <message>
        <source>Breaks for a streak day</source>
        <translation>Pausen für einen Serientag</translation>
    </message>
    <message>
        <source>How many breaks make a day count towards a streak.</source>
        <translation>Wie viele Pausen einen Tag für eine Serie zählen lassen.</translation>
    </message>
    <message>
        <source>Watch my posture with the camera</source>
        <translation>Meine Haltung mit der Kamera beobachten</translation>
    </message>
    <message>
        <source>A few times a minute the camera takes one picture, the position of your head and shoulders is read from it on this computer, and the picture is dropped at once: no picture is kept or sent anywhere. A slouch held for a while brings the next break forward.</source>
        <translation>Einige Male pro Minute nimmt die Kamera ein Bild auf, die Lage von Kopf und Schultern wird daraus auf diesem Computer gelesen, und das Bild wird sofort verworfen: Kein Bild wird behalten oder irgendwohin gesendet. Eine krumme Haltung, die eine Weile anhält, holt die nächste Pause vor.</translation>
    </message>
    <message>
        <source>Camera readings per minute</source>
        <translation>Kamerablicke pro Minute</translation>
    </message>
    <message>
        <source>How often the camera is switched on for one picture; it is off in between.</source>
        <translation>Wie oft die Kamera für ein Bild eingeschaltet wird; dazwischen ist sie aus.</translation>
    </message>
    <message>
        <source>Slouch threshold</source>
        <translation>Schwelle für krumme Haltung</translation>
    </message>
    <message>
        <source>How far your head may sink, or your shoulders round, from the upright posture you calibrated before it counts as a slouch.</source>
        <translation>Wie weit dein Kopf sinken oder deine Schultern sich runden dürfen, verglichen mit der kalibrierten aufrechten Haltung, bevor es als krumme Haltung zählt.</translation>
    </message>
    <message>
        <source>Slouch held for</source>
        <translation>Krumme Haltung gehalten für</translation>
    </message>
    <message>
        <source>A slouch held this long brings the next break forward, with an exercise that answers it (never sooner than the notice allows, and never during a call, a full-screen window, do-not-disturb or a meeting).</source>
        <translation>Eine so lange gehaltene krumme Haltung holt die nächste Pause vor, mit einer Übung, die ihr entgegenwirkt (nie früher, als der Hinweis erlaubt, und nie während eines Anrufs, eines Vollbildfensters, von Nicht stören oder einer Besprechung).</translation>
    </message>
    <message>
        <source>minutes</source>
        <extracomment>The units and choices the dialog shows (choices that are `terms` are translated there).</extracomment>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>snoozes</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>readings</source>
        <translation>Blicke</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Reduziert</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Voll</translation>
    </message>
    <message>
        <source>{0} is not a TOML list like {1}</source>
        <translation>{0} ist keine TOML-Liste wie {1}</translation>
    </message>
    <message>
        <source>{0} is not a list</source>
        <translation>{0} ist keine Liste</translation>
    </message>
    <message>
        <source>must be {0}, got {1}</source>
        <extracomment>The Python type of the checked values (the Settings dataclass declares the same).</extracomment>
        <translation>muss {0} sein, gefunden {1}</translation>
    </message>
    <message>
        <source>a whole number from {0} to {1} ({2})</source>
        <translation>eine ganze Zahl von {0} bis {1} ({2})</translation>
    </message>
    <message>
        <source>a whole number from {0} to {1}</source>
        <translation>eine ganze Zahl von {0} bis {1}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>eines von {0}</translation>
    </message>
    <message>
        <source>a list of {0}</source>
        <translation>eine Liste aus {0}</translation>
    </message>
    <message>
        <source>a list of at least one of {0}</source>
        <translation>eine Liste mit mindestens einem von {0}</translation>
    </message>
    <message>
        <source>{0} is not one of {1}</source>
        <translation>{0} ist nicht eines von {1}</translation>
    </message>
    <message>
        <source>{0} are not any of {1}</source>
        <translation>{0} sind nicht unter {1}</translation>
    </message>
    <message>
        <source>{0} is not a time of day as HH:MM (00:00 to 23:59)</source>
        <translation>{0} ist keine Uhrzeit als HH:MM (00:00 bis 23:59)</translation>
    </message>
    <message>
        <source>time ranges like {0} (&quot;&quot; for none)</source>
        <translation>Zeitbereiche wie {0} (&quot;&quot; für keine)</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must start before it ends</source>
        <translation>„{0}“ muss beginnen, bevor es endet</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; and &quot;{1}&quot; overlap</source>
        <translation>„{0}“ und „{1}“ überschneiden sich</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a range like &quot;09:00-12:30&quot; (HH:MM-HH:MM)</source>
        <translation>„{0}“ ist kein Bereich wie „09:00-12:30“ (HH:MM-HH:MM)</translation>
    </message>
    <message>
        <source>a list of times like {0}</source>
        <translation>eine Liste von Uhrzeiten wie {0}</translation>
    </message>
    <message>
        <source>lists {0} twice</source>
        <translation>enthält {0} zweimal</translation>
    </message>
    <message>
        <source>an absolute folder path (&quot;&quot; for the default folder)</source>
        <translation>ein absoluter Ordnerpfad (&quot;&quot; für den Standardordner)</translation>
    </message>
    <message>
        <source>a table of exercise ids and whole numbers from {0} (never) to {1} (most often), like {2} (&quot;&quot; for none)</source>
        <extracomment>How often each exercise is offered, by its id: (id, weight) pairs sorted by id, without the exercises that come as usual (weight 1).</extracomment>
        <translation>eine Tabelle aus Übungs-IDs und ganzen Zahlen von {0} (nie) bis {1} (am häufigsten), etwa {2} (&quot;&quot; für keine)</translation>
    </message>
    <message>
        <source>{0} is not an exercise id (lowercase letters, digits, -)</source>
        <translation>{0} ist keine Übungs-ID (Kleinbuchstaben, Ziffern, -)</translation>
    </message>
    <message>
        <source>the weight of {0} must be a whole number from {1} to {2}, got {3}</source>
        <translation>das Gewicht von {0} muss eine ganze Zahl von {1} bis {2} sein, nicht {3}</translation>
    </message>
    <message>
        <source>{0} is not a TOML table like {1}</source>
        <translation>{0} ist keine TOML-Tabelle wie {1}</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not like &quot;chin-tuck=2&quot;</source>
        <translation>„{0}“ sieht nicht aus wie „chin-tuck=2“</translation>
    </message>
    <message>
        <source>Allowed: {0}</source>
        <extracomment>Choices that are words of the domain, and the days: translated with `terms` (one place).</extracomment>
        <translation>Erlaubt: {0}</translation>
    </message>
    <message>
        <source>Problem with {0}</source>
        <translation>Problem mit {0}</translation>
    </message>
    <message>
        <source>As usual</source>
        <extracomment>The rows&apos; choices when an exercise is on: (weight, words).</extracomment>
        <translation>Wie üblich</translation>
    </message>
    <message>
        <source>More often</source>
        <translation>Öfter</translation>
    </message>
    <message>
        <source>Most often</source>
        <translation>Am häufigsten</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Anbieten</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Find an exercise</source>
        <translation>Übung suchen</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0} (nicht gefunden)</translation>
    </message>
    <message>
        <source>Offer {0}</source>
        <translation>{0} anbieten</translation>
    </message>
    <message>
        <source>How often {0} comes</source>
        <translation>Wie oft {0} kommt</translation>
    </message>
    <message>
        <source>{0} was written by a newer postureapp (schema {1}); this version will not change it</source>
        <translation>{0} wurde von einem neueren postureapp geschrieben (Schema {1}); diese Version ändert die Datei nicht</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>postureapp — starting</source>
        <translation>postureapp — startet</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Gerade Pause</translation>
    </message>
    <message>
        <source>Paused — resume from the menu</source>
        <translation>Ausgesetzt — im Menü fortsetzen</translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation>Ausgesetzt bis {0}</translation>
    </message>
    <message>
        <source>No break planned</source>
        <translation>Keine Pause geplant</translation>
    </message>
    <message>
        <source>long break</source>
        <translation>lange Pause</translation>
    </message>
    <message>
        <source>short break</source>
        <translation>kurze Pause</translation>
    </message>
    <message>
        <source>Next {0} at {1}</source>
        <translation>Nächste {0} um {1}</translation>
    </message>
    <message>
        <source>(after a meeting)</source>
        <translation>(nach einem Termin)</translation>
    </message>
    <message>
        <source>(before a meeting)</source>
        <translation>(vor einem Termin)</translation>
    </message>
    <message>
        <source>(early: you have slouched a while)</source>
        <translation>(früher: du sitzt schon eine Weile krumm)</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>short break</source>
        <extracomment>The translation context of every label below. (member, label). A list, not a dict: members of different sets may share a value (&quot;neck&quot;, &quot;natural&quot;), and StrEnum members with equal values are equal dict keys.</extracomment>
        <translation>kurze Pause</translation>
    </message>
    <message>
        <source>long break</source>
        <translation>lange Pause</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>stopped (it hurt)</source>
        <translation>abgebrochen (tat weh)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>away (natural break)</source>
        <translation>weg (natürliche Pause)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>fixed time</source>
        <translation>feste Zeit</translation>
    </message>
    <message>
        <source>away</source>
        <translation>weg</translation>
    </message>
    <message>
        <source>posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sitzend</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehend</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Boden</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>Handtuch</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>Streckung</translation>
    </message>
    <message>
        <source>flexion</source>
        <translation>Beugung</translation>
    </message>
    <message>
        <source>side bend</source>
        <translation>Seitneigung</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>shoulder blades</source>
        <translation>Schulterblätter</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Ruhig atmen</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>one side</source>
        <translation>eine Seite</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>A warning sign</source>
        <translation>Ein Warnzeichen</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
</context>
</TS>
