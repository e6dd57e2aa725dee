<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutSafetyDialog</name>
    <message>
        <source>Resume exercise breaks…</source>
        <translation>Oefenpauzes hervatten…</translation>
    </message>
    <message>
        <source>Resume exercise breaks</source>
        <translation>Oefenpauzes hervatten</translation>
    </message>
</context>
<context>
    <name>AddCalendarDialog</name>
    <message>
        <source>Add a calendar</source>
        <extracomment>(source, password) -&gt; None; raises with a sentence when the keyring cannot keep it.</extracomment>
        <translation>Agenda toevoegen</translation>
    </message>
    <message>
        <source>A file or folder of .ics files</source>
        <translation>Een bestand of een map met .ics-bestanden</translation>
    </message>
    <message>
        <source>A web address (iCalendar subscription)</source>
        <translation>Een webadres (iCalendar-abonnement)</translation>
    </message>
    <message>
        <source>A CalDAV account (read only)</source>
        <translation>Een CalDAV-account (alleen lezen)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Gebruiker</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>The password is kept in your desktop keyring, never in a file.</source>
        <translation>Het wachtwoord staat in de sleutelbos van je bureaublad, nooit in een bestand.</translation>
    </message>
    <message>
        <source>Choose a calendar file</source>
        <translation>Kies een agendabestand</translation>
    </message>
    <message>
        <source>Passwords cannot be kept here: no keyring is available.</source>
        <translation>Wachtwoorden kunnen hier niet bewaard worden: er is geen sleutelbos beschikbaar.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>Take a break now</source>
        <translation>Nu pauze nemen</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Tot morgen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Resume exercise breaks…</source>
        <translation>Oefenpauzes hervatten…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Oefeningen…</translation>
    </message>
    <message>
        <source>About &amp;&amp; safety…</source>
        <translation>Over &amp;&amp; veiligheid…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Onderbreken</translation>
    </message>
</context>
<context>
    <name>BreakWhenIdle</name>
    <message>
        <source>Time for a break</source>
        <extracomment>How often idle time is read while the window waits. Without idle time, the window opens after this long if nobody picked &quot;Show now&quot;.</extracomment>
        <translation>Tijd voor een pauze</translation>
    </message>
    <message>
        <source>It opens as soon as you pause your typing.</source>
        <translation>Ze opent zodra je even stopt met typen.</translation>
    </message>
    <message>
        <source>Show now</source>
        <translation>Nu tonen</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>postureapp — time for a break</source>
        <extracomment>The window takes the keyboard once the user has not typed for this long: longer than a pause to think, so words typed elsewhere always go where they were meant to. Keys pressed this soon after the window took the keyboard were meant for another window. How often (in ticks) idle time is read while the window waits to take the keyboard. How long the closing &quot;well done&quot; stays before the window goes.</extracomment>
        <translation>postureapp — tijd voor een pauze</translation>
    </message>
    <message>
        <source>Kind of break and progress</source>
        <translation>Soort pauze en voortgang</translation>
    </message>
    <message>
        <source>Time left in this break</source>
        <translation>Resterende tijd van deze pauze</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Where you are in the break</source>
        <translation>Waar je bent in de pauze</translation>
    </message>
    <message>
        <source>Picture of the step</source>
        <translation>Afbeelding van de stap</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Resterende tijd van deze stap</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat je doet</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Ademhaling</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Wat er hierna komt</translation>
    </message>
    <message>
        <source>Caution for this exercise</source>
        <translation>Let op bij deze oefening</translation>
    </message>
    <message>
        <source>All cautions</source>
        <translation>Alle aandachtspunten</translation>
    </message>
    <message>
        <source>Read every caution for this exercise</source>
        <translation>Lees alle aandachtspunten van deze oefening</translation>
    </message>
    <message>
        <source>Move gently and only as far as is comfortable. Stop at once if anything hurts.</source>
        <translation>Beweeg rustig en alleen zo ver als prettig is. Stop meteen als iets pijn doet.</translation>
    </message>
    <message>
        <source>This &amp;hurts — stop</source>
        <translation>Dit doet &amp;pijn — stop</translation>
    </message>
    <message>
        <source>This hurts — stop</source>
        <translation>Dit doet pijn — stop</translation>
    </message>
    <message>
        <source>End the break at once and see when to get help</source>
        <translation>De pauze meteen beëindigen en zien wanneer je hulp zoekt</translation>
    </message>
    <message>
        <source>S&amp;kip (Esc)</source>
        <translation>&amp;Overslaan (Esc)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Deze pauze overslaan</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Uitstellen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Uitstellen</translation>
    </message>
    <message>
        <source>Put this break off for a few minutes</source>
        <translation>Deze pauze een paar minuten uitstellen</translation>
    </message>
    <message>
        <source>You have snoozed as often as allowed in a row.</source>
        <translation>Je hebt zo vaak achter elkaar uitgesteld als mag.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>End the break now; before its end it counts as ended early</source>
        <translation>De pauze nu beëindigen; voor het einde telt ze als vroeg beëindigd</translation>
    </message>
    <message>
        <source>Nearly done — well done.</source>
        <translation>Bijna klaar — goed gedaan.</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linkerkant</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechterkant</translation>
    </message>
    <message>
        <source>step {0} of {1}</source>
        <translation>stap {0} van {1}</translation>
    </message>
    <message>
        <source>Next: {0} — {1}</source>
        <translation>Hierna: {0} — {1}</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Hierna: {0}</translation>
    </message>
    <message>
        <source>LONG BREAK · EXERCISE {0} OF {1}</source>
        <translation>LANGE PAUZE · OEFENING {0} VAN {1}</translation>
    </message>
    <message>
        <source>SHORT BREAK</source>
        <translation>KORTE PAUZE</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Adem in</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Adem uit</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Adem rustig</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>nog {0}</translation>
    </message>
    <message>
        <source>Cautions: {0}</source>
        <translation>Aandachtspunten: {0}</translation>
    </message>
    <message>
        <source>Well done. Back to it.</source>
        <translation>Goed gedaan. Weer aan de slag.</translation>
    </message>
</context>
<context>
    <name>CalendarKeeper</name>
    <message>
        <source>Breaks keep using its copy from {0}.</source>
        <translation>Pauzes blijven de kopie van {0} gebruiken.</translation>
    </message>
    <message>
        <source>There is no earlier copy, so its events are not known.</source>
        <translation>Er is geen eerdere kopie, dus de afspraken ervan zijn niet bekend.</translation>
    </message>
    <message>
        <source>The calendar “{0}” could not be read: {1}. {2}</source>
        <translation>De agenda ‘{0}’ kon niet gelezen worden: {1}. {2}</translation>
    </message>
</context>
<context>
    <name>CalendarSourcesEditor</name>
    <message>
        <source>{0}: file {1}</source>
        <translation>{0}: bestand {1}</translation>
    </message>
    <message>
        <source>{0}: web address {1}</source>
        <translation>{0}: webadres {1}</translation>
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
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Add a calendar</source>
        <translation>Agenda toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the chosen calendar</source>
        <translation>De gekozen agenda verwijderen</translation>
    </message>
    <message>
        <source>No calendars: breaks follow the clock alone.</source>
        <translation>Geen agenda’s: pauzes volgen alleen de klok.</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Breaks done</source>
        <translation>Pauzes gedaan</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Voltooiingsgraad</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Doel gehaald</translation>
    </message>
    <message>
        <source>Streak (days)</source>
        <translation>Reeks (dagen)</translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation>Oefentijd</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Stijfheid</translation>
    </message>
    <message>
        <source>Sitting upright</source>
        <translation>Rechtop zitten</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} van {1}</translation>
    </message>
    <message>
        <source>{0} ended early, {1} skipped or snoozed</source>
        <translation>{0} vroeg beëindigd, {1} overgeslagen of uitgesteld</translation>
    </message>
    <message>
        <source>no reminders in this range</source>
        <translation>geen herinneringen in deze periode</translation>
    </message>
    <message>
        <source>of reminders completed</source>
        <translation>van de herinneringen voltooid</translation>
    </message>
    <message>
        <source>days with {0} or more breaks done</source>
        <translation>dagen met {0} of meer pauzes gedaan</translation>
    </message>
    <message>
        <source>best {0} · goal {1} a day</source>
        <translation>beste {0} · doel {1} per dag</translation>
    </message>
    <message>
        <source>{0} a day on average</source>
        <translation>gemiddeld {0} per dag</translation>
    </message>
    <message>
        <source>0–10, first and last week rated</source>
        <translation>0–10, eerste en laatste beoordeelde week</translation>
    </message>
    <message>
        <source>0–10, one day rated</source>
        <translation>0–10, één dag beoordeeld</translation>
    </message>
    <message>
        <source>no ratings in this range</source>
        <translation>geen beoordelingen in deze periode</translation>
    </message>
    <message>
        <source>a warning sign on 1 day</source>
        <translation>een waarschuwingssignaal op 1 dag</translation>
    </message>
    <message>
        <source>a warning sign on {0} days</source>
        <translation>een waarschuwingssignaal op {0} dagen</translation>
    </message>
    <message>
        <source>of the time the camera saw you in this range</source>
        <translation>van de tijd dat de camera je zag in deze periode</translation>
    </message>
</context>
<context>
    <name>CheckInPopup</name>
    <message>
        <source>postureapp — check-in</source>
        <translation>postureapp — hoe gaat het?</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Waarschuwingssignalen</translation>
    </message>
    <message>
        <source>How does your upper back feel today?</source>
        <translation>Hoe voelt je bovenrug vandaag?</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Beter</translation>
    </message>
    <message>
        <source>Better than before</source>
        <translation>Beter dan eerst</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Hetzelfde</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>Ongeveer hetzelfde</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Slechter</translation>
    </message>
    <message>
        <source>Worse than before</source>
        <translation>Slechter dan eerst</translation>
    </message>
    <message>
        <source>How stiff, from 0 (not at all) to 10? Optional.</source>
        <translation>Hoe stijf, van 0 (helemaal niet) tot 10? Niet verplicht.</translation>
    </message>
    <message>
        <source>Stiffness {0} of 10</source>
        <translation>Stijfheid {0} van 10</translation>
    </message>
    <message>
        <source>0 is not stiff at all, 10 is very stiff</source>
        <translation>0 is helemaal niet stijf, 10 is heel stijf</translation>
    </message>
    <message>
        <source>Something else is wrong</source>
        <translation>Er is iets anders mis</translation>
    </message>
    <message>
        <source>Something else is wrong: show the signs</source>
        <translation>Er is iets anders mis: toon de signalen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Not now, close the check-in</source>
        <translation>Niet nu, de vraag sluiten</translation>
    </message>
    <message>
        <source>Thank you for telling us. If any of these fit, please see a clinician; the emergency one needs care straight away.</source>
        <translation>Bedankt dat je het zegt. Als een van deze signalen past, ga dan naar een arts; het noodsignaal vraagt meteen om zorg.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the warning signs</source>
        <translation>De waarschuwingssignalen sluiten</translation>
    </message>
</context>
<context>
    <name>CheckInsModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Hoe het voelde</translation>
    </message>
    <message>
        <source>Stiffness (0–10)</source>
        <translation>Stijfheid (0–10)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>break-now: no exercise with the id {0}</source>
        <translation>break-now: er is geen oefening met de id {0}</translation>
    </message>
    <message>
        <source>break-now: exercise breaks are paused for safety; resume them from About &amp; safety (postureapp open about) once a clinician has looked at it, or it has passed</source>
        <translation>break-now: oefenpauzes zijn voor je veiligheid onderbroken; hervat ze via ‘Over &amp; veiligheid’ (postureapp open about) zodra een arts ernaar heeft gekeken, of als het over is</translation>
    </message>
    <message>
        <source>a break is already on screen</source>
        <translation>er staat al een pauze op het scherm</translation>
    </message>
    <message>
        <source>no exercise fits your settings</source>
        <translation>geen oefening past bij je instellingen</translation>
    </message>
    <message>
        <source>this exercise is switched off in your settings</source>
        <translation>deze oefening staat uit in je instellingen</translation>
    </message>
    <message>
        <source>pause: an argument is required</source>
        <translation>pause: er is een argument nodig</translation>
    </message>
    <message>
        <source>no break is on screen</source>
        <translation>er staat geen pauze op het scherm</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>de strikte modus staat aan: pauzes kunnen niet overgeslagen worden</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>No exercise fits your settings for a long break. Check the body areas and positions in Settings, or your own exercise folder.</source>
        <extracomment>A sleep this long in the middle of a break ends it (as far as it got) rather than resuming.</extracomment>
        <translation>Geen oefening past bij je instellingen voor een lange pauze. Controleer de lichaamsdelen en houdingen in Instellingen, of je eigen oefenmap.</translation>
    </message>
    <message>
        <source>No exercise fits your settings for a short break. Check the body areas and positions in Settings, or your own exercise folder.</source>
        <translation>Geen oefening past bij je instellingen voor een korte pauze. Controleer de lichaamsdelen en houdingen in Instellingen, of je eigen oefenmap.</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Completed</source>
        <extracomment>Every how many days the chart&apos;s day axis carries a date; today is always labelled. At most this many dates under the bars, whatever the grain. The stiffness trend&apos;s colour: the illustrations&apos; accent, readable on light and dark. Warning-sign days: a red that reads on light and dark.</extracomment>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vroeg beëindigd</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Overgeslagen of uitgesteld</translation>
    </message>
    <message>
        <source>Streak goal</source>
        <translation>Reeksdoel</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Stijfheid</translation>
    </message>
    <message>
        <source>Warning sign reported</source>
        <translation>Waarschuwingssignaal gemeld</translation>
    </message>
    <message>
        <source>stiffness</source>
        <translation>stijfheid</translation>
    </message>
    <message>
        <source>Today {0}; most in a day {1}; the goal of {2} was reached on {3} of {4} days</source>
        <translation>Vandaag {0}; meeste op één dag {1}; het doel van {2} is gehaald op {3} van de {4} dagen</translation>
    </message>
    <message>
        <source>{0} bars; completed breaks in the last {1}, the most in one {2}</source>
        <translation>{0} staven; voltooide pauzes in de laatste: {1}, het meest in één: {2}</translation>
    </message>
    <message>
        <source>; a warning sign was reported in {0} of them</source>
        <translation>; in {0} daarvan werd een waarschuwingssignaal gemeld</translation>
    </message>
</context>
<context>
    <name>DesktopCheckIn</name>
    <message>
        <source>Better</source>
        <translation>Beter</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Hetzelfde</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Slechter</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Meer…</translation>
    </message>
    <message>
        <source>How does your upper back feel today?</source>
        <translation>Hoe voelt je bovenrug vandaag?</translation>
    </message>
    <message>
        <source>Compared with before. “More…” rates the stiffness or reports a warning sign.</source>
        <translation>Vergeleken met eerder. ‘Meer…’ geeft de stijfheid een cijfer of meldt een waarschuwingsteken.</translation>
    </message>
</context>
<context>
    <name>DesktopNotice</name>
    <message>
        <source>A long break</source>
        <translation>Een lange pauze</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>Een korte pauze</translation>
    </message>
    <message>
        <source>{0} in {1} s</source>
        <translation>{0} over {1} s</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Nu beginnen</translation>
    </message>
    <message>
        <source>In {0} min</source>
        <translation>Over {0} min</translation>
    </message>
    <message>
        <source>Finish your thought; the break starts when this counts down.</source>
        <translation>Maak je gedachte af; de pauze begint als dit afgeteld is.</translation>
    </message>
</context>
<context>
    <name>ExerciseChoices</name>
    <message>
        <source>&amp;Not this one again</source>
        <extracomment>What the user chose in this break, per exercise: (not again, more like this).</extracomment>
        <translation>&amp;Niet meer deze</translation>
    </message>
    <message>
        <source>Not this one again</source>
        <translation>Niet meer deze</translation>
    </message>
    <message>
        <source>Never offer this exercise again; undo it in Settings, Exercises</source>
        <translation>Deze oefening nooit meer aanbieden; ongedaan maken in Instellingen, Oefeningen</translation>
    </message>
    <message>
        <source>&amp;More like this</source>
        <translation>&amp;Meer zoals deze</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Meer zoals deze</translation>
    </message>
    <message>
        <source>Offer this exercise more often</source>
        <translation>Deze oefening vaker aanbieden</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>postureapp — New exercise</source>
        <extracomment>How soon after the last keystroke the whole exercise is checked again.</extracomment>
        <translation>postureapp — Nieuwe oefening</translation>
    </message>
    <message>
        <source>postureapp — Edit exercise</source>
        <translation>postureapp — Oefening bewerken</translation>
    </message>
    <message>
        <source>The exercise</source>
        <translation>De oefening</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Naar voren</translation>
    </message>
    <message>
        <source>Steps, in the order they are done</source>
        <translation>Stappen, in de volgorde waarin je ze doet</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Length of the preview break</source>
        <translation>Lengte van de proefpauze</translation>
    </message>
    <message>
        <source>+ A&amp;dd step</source>
        <translation>+ Stap toevo&amp;egen</translation>
    </message>
    <message>
        <source>▶ Tr&amp;y it as a break</source>
        <translation>▶ &amp;Probeer als pauze</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Pauzelengte</translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation>Stap {0}</translation>
    </message>
    <message>
        <source>✓ Ready: it can be saved and tried as a break.</source>
        <translation>✓ Klaar: je kunt hem opslaan en als pauze proberen.</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>stap {0}</translation>
    </message>
    <message>
        <source>1 thing to fix or fill in before saving: {1}</source>
        <translation>1 ding om te verbeteren of in te vullen voor het opslaan: {1}</translation>
    </message>
    <message>
        <source>{0} things to fix or fill in before saving: {1}</source>
        <translation>{0} dingen om te verbeteren of in te vullen voor het opslaan: {1}</translation>
    </message>
    <message>
        <source>As written it lasts {0} s; a break repeats or holds it to fit.</source>
        <translation>Zoals hij er staat duurt hij {0} s; een pauze herhaalt of rekt hem tot het past.</translation>
    </message>
    <message>
        <source>postureapp — preview of {0}</source>
        <translation>postureapp — proef van {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The exercise could not be saved in {0}: {1}</source>
        <translation>De oefening kon niet worden opgeslagen in {0}: {1}</translation>
    </message>
    <message>
        <source>Leave without saving?</source>
        <translation>Sluiten zonder opslaan?</translation>
    </message>
    <message>
        <source>Your changes to this exercise are not saved. Leave anyway?</source>
        <translation>Je wijzigingen aan deze oefening zijn niet opgeslagen. Toch sluiten?</translation>
    </message>
</context>
<context>
    <name>ExerciseKeeper</name>
    <message>
        <source>Exercise skipped: {0}</source>
        <extracomment>How long the folder must be quiet before it is read again.</extracomment>
        <translation>Oefening overgeslagen: {0}</translation>
    </message>
</context>
<context>
    <name>ExercisesPanel</name>
    <message>
        <source>By exercise</source>
        <translation>Per oefening</translation>
    </message>
    <message>
        <source>By body area</source>
        <translation>Per lichaamsdeel</translation>
    </message>
    <message>
        <source>Breaks per exercise: sort by any column</source>
        <translation>Pauzes per oefening: sorteer op elke kolom</translation>
    </message>
    <message>
        <source>Breaks per exercise, by how they ended</source>
        <translation>Pauzes per oefening, naar hoe ze eindigden</translation>
    </message>
    <message>
        <source>Body area</source>
        <translation>Lichaamsdeel</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Breaks that worked each area: completed, ended early (paler), skipped or snoozed (grey). An exercise counts for every area it works.</source>
        <translation>Pauzes die elk lichaamsdeel trainden: voltooid, vroeg beëindigd (lichter), overgeslagen of uitgesteld (grijs). Een oefening telt voor elk deel dat ze traint.</translation>
    </message>
    <message>
        <source>Breaks with each exercise: completed, ended early (paler), skipped or snoozed (grey); the ten done most. Click a column to sort the table.</source>
        <translation>Pauzes met elke oefening: voltooid, vroeg beëindigd (lichter), overgeslagen of uitgesteld (grijs); de tien meest gedane. Klik op een kolom om de tabel te sorteren.</translation>
    </message>
</context>
<context>
    <name>ExercisesWindow</name>
    <message>
        <source>sitting</source>
        <translation>zittend</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>staand</translation>
    </message>
    <message>
        <source>on the floor</source>
        <translation>op de vloer</translation>
    </message>
    <message>
        <source>postureapp — Your exercises</source>
        <translation>postureapp — Je oefeningen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <source>Make your own, for example the routine your physiotherapist gave you, or copy a built-in one to change it. Yours are saved in {0} and come up in your breaks. Drop a pack file here to add the exercises in it.</source>
        <translation>Maak je eigen oefeningen, bijvoorbeeld de routine van je fysiotherapeut, of kopieer een ingebouwde om die te wijzigen. De jouwe worden opgeslagen in {0} en komen terug in je pauzes. Sleep hier een pakketbestand naartoe om de oefeningen erin toe te voegen.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Houding</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Exercises, your own first</source>
        <translation>Oefeningen, je eigen eerst</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <translation>&amp;Nieuwe oefening…</translation>
    </message>
    <message>
        <source>&amp;Copy to a new one…</source>
        <translation>&amp;Kopiëren naar een nieuwe…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Save the chosen exercises as one file to share</source>
        <translation>De gekozen oefeningen opslaan als één bestand om te delen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Add the exercises of a pack file</source>
        <translation>De oefeningen van een pakketbestand toevoegen</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Van jou</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Ingebouwd</translation>
    </message>
    <message>
        <source>Yours (none yet: press New exercise)</source>
        <translation>Van jou (nog geen: druk op Nieuwe oefening)</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopie)</translation>
    </message>
    <message>
        <source>{0} (mine)</source>
        <translation>{0} (van mij)</translation>
    </message>
    <message>
        <source>Delete exercises</source>
        <translation>Oefeningen verwijderen</translation>
    </message>
    <message>
        <source>Delete {0}? The file is kept aside as .deleted in {1}.</source>
        <translation>{0} verwijderen? Het bestand blijft bewaard als .deleted in {1}.</translation>
    </message>
    <message>
        <source>Export exercises</source>
        <translation>Oefeningen exporteren</translation>
    </message>
    <message>
        <source>Exercise packs (*.zip)</source>
        <translation>Oefenpakketten (*.zip)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>{0} exercise(s) saved in {1}. Send that file to share them.</source>
        <translation>{0} oefening(en) opgeslagen in {1}. Stuur dat bestand om ze te delen.</translation>
    </message>
    <message>
        <source>Import exercises</source>
        <translation>Oefeningen importeren</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>{0} h {1} min</source>
        <extracomment>Exercises named in each of the &quot;done most&quot; and &quot;done least&quot; lists.</extracomment>
        <translation>{0} u {1} min</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>postureapp — History</source>
        <extracomment>The breaks table shows only this many of the range, so it fills in milliseconds. The exercises the settings may offer; only these appear as &quot;done least&quot; (None: all).</extracomment>
        <translation>postureapp — Geschiedenis</translation>
    </message>
    <message>
        <source>Your breaks</source>
        <translation>Je pauzes</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Exercises…</source>
        <translation>Oefeningen…</translation>
    </message>
    <message>
        <source>Your exercises: make, change or share</source>
        <translation>Je oefeningen: maken, wijzigen of delen</translation>
    </message>
    <message>
        <source>Result of the last import, export or report</source>
        <translation>Resultaat van de laatste import, export of rapport</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Import breaks and check-ins from a CSV or JSON export</source>
        <translation>Pauzes en vragen importeren uit een CSV- of JSON-export</translation>
    </message>
    <message>
        <source>Export all breaks and check-ins as CSV or JSON</source>
        <translation>Alle pauzes en vragen exporteren als CSV of JSON</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <source>Save a one-page PDF report of the range shown</source>
        <translation>Een PDF-rapport van één pagina over de getoonde periode opslaan</translation>
    </message>
    <message>
        <source>Views of the range</source>
        <translation>Weergaven van de periode</translation>
    </message>
    <message>
        <source>&amp;Over time</source>
        <translation>&amp;Door de tijd</translation>
    </message>
    <message>
        <source>E&amp;xercises and areas</source>
        <translation>&amp;Oefeningen en delen</translation>
    </message>
    <message>
        <source>Check-ins, newest first</source>
        <translation>Vragen, nieuwste eerst</translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation>&amp;Vragen</translation>
    </message>
    <message>
        <source>Breaks in the range, newest first</source>
        <translation>Pauzes in de periode, nieuwste eerst</translation>
    </message>
    <message>
        <source>Columns of the breaks</source>
        <translation>Kolommen van de pauzes</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pauzes</translation>
    </message>
    <message>
        <source>Breaks over the range, with stiffness</source>
        <translation>Pauzes over de periode, met stijfheid</translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>Meest gedane oefeningen</translation>
    </message>
    <message>
        <source>Exercises done least</source>
        <translation>Minst gedane oefeningen</translation>
    </message>
    <message>
        <source>Done most</source>
        <translation>Meest gedaan</translation>
    </message>
    <message>
        <source>Done least</source>
        <translation>Minst gedaan</translation>
    </message>
    <message>
        <source>When you take your first break, this window shows how your days go: breaks per day, your streak, and the exercises you do most.

You can take one now from the tray menu: Take a break now. Or bring your history from another computer with Import….</source>
        <translation>Zodra je je eerste pauze neemt, laat dit venster zien hoe je dagen gaan: pauzes per dag, je reeks en de oefeningen die je het meest doet.

Je kunt er nu een nemen via het systeemvakmenu: Nu pauze nemen. Of haal je geschiedenis van een andere computer met Importeren….</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pauzes per dag</translation>
    </message>
    <message>
        <source>Breaks per week</source>
        <translation>Pauzes per week</translation>
    </message>
    <message>
        <source>Breaks per month</source>
        <translation>Pauzes per maand</translation>
    </message>
    <message>
        <source>goal {0} a day (dashed); </source>
        <translation>doel {0} per dag (gestippeld); </translation>
    </message>
    <message>
        <source>: done, ended early (paler), put off (grey); </source>
        <translation>: gedaan, vroeg beëindigd (lichter), uitgesteld (grijs); </translation>
    </message>
    <message>
        <source>stiffness 0–10 (orange); ▲ a warning sign</source>
        <translation>stijfheid 0–10 (oranje); ▲ een waarschuwingssignaal</translation>
    </message>
    <message>
        <source>Export breaks and check-ins</source>
        <translation>Pauzes en vragen exporteren</translation>
    </message>
    <message>
        <source>cannot tell the format from {0}: name the file .csv or .json</source>
        <translation>uit {0} is het formaat niet af te leiden: geef het bestand de extensie .csv of .json</translation>
    </message>
    <message>
        <source>wrote {0} breaks and {1} check-ins to {2}</source>
        <translation>{0} pauzes en {1} vragen naar {2} geschreven</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>{0} wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Import breaks and check-ins</source>
        <translation>Pauzes en vragen importeren</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation>Exports (*.csv *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>added {0}, already present {1}</source>
        <translation>toegevoegd {0}, al aanwezig {1}</translation>
    </message>
    <message>
        <source>check-ins: added {0}, already present {1}</source>
        <translation>vragen: toegevoegd {0}, al aanwezig {1}</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>{0} geïmporteerd</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Importeren klaar</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importeren mislukt</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Het rapport is niet opgeslagen</translation>
    </message>
    <message>
        <source>Report saved: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;</source>
        <translation>Rapport opgeslagen: &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation>{0} kon niet worden geschreven: {1}</translation>
    </message>
    <message>
        <source>No breaks yet</source>
        <translation>Nog geen pauzes</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nog niets</translation>
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
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>the break log cannot be used right now: {0}</source>
        <extracomment>As the command line: records per transaction, and the pause between two.</extracomment>
        <translation>het pauzelogboek kan nu niet gebruikt worden: {0}</translation>
    </message>
</context>
<context>
    <name>HurtDialog</name>
    <message>
        <source>Pause exercise breaks</source>
        <translation>Oefenpauzes onderbreken</translation>
    </message>
    <message>
        <source>Pause exercise breaks until it is better</source>
        <translation>Oefenpauzes onderbreken tot het beter gaat</translation>
    </message>
    <message>
        <source>Keep them on</source>
        <translation>Aan laten</translation>
    </message>
    <message>
        <source>Keep exercise breaks on</source>
        <translation>Oefenpauzes aan laten</translation>
    </message>
</context>
<context>
    <name>NoticePopup</name>
    <message>
        <source>It comes early: the camera has seen a slouch for a while ({0}). Its exercise answers that.</source>
        <translation>Hij komt eerder: de camera zag je een tijdje onderuitgezakt ({0}). De oefening ervan gaat daartegen in.</translation>
    </message>
    <message>
        <source>postureapp — break coming</source>
        <translation>postureapp — pauze komt eraan</translation>
    </message>
    <message>
        <source>A long break</source>
        <translation>Een lange pauze</translation>
    </message>
    <message>
        <source>A short break</source>
        <translation>Een korte pauze</translation>
    </message>
    <message>
        <source>postureapp</source>
        <translation>postureapp</translation>
    </message>
    <message>
        <source>Break coming</source>
        <translation>Pauze komt eraan</translation>
    </message>
    <message>
        <source>Finish your thought; the break starts when this counts down.</source>
        <translation>Maak je gedachte af; de pauze begint als dit afgeteld is.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Nu beginnen</translation>
    </message>
    <message>
        <source>Start the break now</source>
        <translation>De pauze nu beginnen</translation>
    </message>
    <message>
        <source>In {0} min</source>
        <translation>Over {0} min</translation>
    </message>
    <message>
        <source>Postpone the break by {0} minutes</source>
        <translation>De pauze {0} minuten uitstellen</translation>
    </message>
    <message>
        <source>It cannot be postponed again.</source>
        <translation>Ze kan niet nog eens uitgesteld worden.</translation>
    </message>
    <message>
        <source>{0} in {1} s</source>
        <translation>{0} over {1} s</translation>
    </message>
</context>
<context>
    <name>PoseCanvas</name>
    <message>
        <source>Figure to pose</source>
        <extracomment>How near (in pixels) a press must be to a handle to take it. How far (in cm of the figure) an arrow key moves the selected handle. The handles&apos; names as a person reads them.</extracomment>
        <translation>Figuur om te poseren</translation>
    </message>
    <message>
        <source>Drag a round handle to move that part; arrow keys move the chosen one</source>
        <translation>Sleep een rond handvat om dat deel te bewegen; de pijltjestoetsen bewegen het gekozen handvat</translation>
    </message>
</context>
<context>
    <name>PoseEditor</name>
    <message>
        <source>Start from</source>
        <extracomment>A new picture starts as this spec with the chosen posture.</extracomment>
        <translation>Begin met</translation>
    </message>
    <message>
        <source>Start from…</source>
        <translation>Begin met…</translation>
    </message>
    <message>
        <source>Begin with a posture, or a copy of a built-in picture</source>
        <translation>Begin met een houding, of een kopie van een ingebouwde afbeelding</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Aanzicht</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Dichtbij</translation>
    </message>
    <message>
        <source>Show the body from the hips up, for small movements</source>
        <translation>Het lichaam vanaf de heupen tonen, voor kleine bewegingen</translation>
    </message>
    <message>
        <source>Start pose</source>
        <translation>Beginhouding</translation>
    </message>
    <message>
        <source>End pose</source>
        <translation>Eindhouding</translation>
    </message>
    <message>
        <source>Pose the figure as the step begins</source>
        <translation>Zet de figuur zoals de stap begint</translation>
    </message>
    <message>
        <source>Pose the figure as the movement ends</source>
        <translation>Zet de figuur zoals de beweging eindigt</translation>
    </message>
    <message>
        <source>Copy the other pose</source>
        <translation>Andere houding kopiëren</translation>
    </message>
    <message>
        <source>Make this pose the same as the other one</source>
        <translation>Deze houding gelijk maken aan de andere</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Afspelen</translation>
    </message>
    <message>
        <source>Play the movement</source>
        <translation>De beweging afspelen</translation>
    </message>
    <message>
        <source>The movement, as in a break</source>
        <translation>De beweging, zoals in een pauze</translation>
    </message>
    <message>
        <source>Click to pose again</source>
        <translation>Klik om weer te poseren</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Houding</translation>
    </message>
    <message>
        <source>Part of the body</source>
        <translation>Lichaamsdeel</translation>
    </message>
    <message>
        <source>Both sides alike</source>
        <translation>Beide kanten gelijk</translation>
    </message>
    <message>
        <source>Set the same angles on the left and the right</source>
        <translation>Links en rechts dezelfde hoeken instellen</translation>
    </message>
    <message>
        <source>Reset this part</source>
        <translation>Dit deel herstellen</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Deel</translation>
    </message>
    <message>
        <source>Arrow</source>
        <translation>Pijl</translation>
    </message>
    <message>
        <source>No arrow</source>
        <translation>Geen pijl</translation>
    </message>
    <message>
        <source>An arrow beside the path of this point</source>
        <translation>Een pijl naast de baan van dit punt</translation>
    </message>
    <message>
        <source>Arrow along</source>
        <translation>Pijl langs</translation>
    </message>
    <message>
        <source>Pick End pose and drag a round handle to where the movement ends (or choose a part and set its angles); Play shows the movement as a break will.</source>
        <translation>Kies Eindhouding en sleep een rond handvat naar waar de beweging eindigt (of kies een deel en stel de hoeken in); Afspelen toont de beweging zoals een pauze dat doet.</translation>
    </message>
</context>
<context>
    <name>PostureApp</name>
    <message>
        <source>The break log was damaged. It was kept as {0}, and a new one was started.</source>
        <extracomment>How long to wait at start-up for a tray host that starts after us; longer at login, where the panel often comes up a little after the autostart entries.</extracomment>
        <translation>Het pauzelogboek was beschadigd. Het is bewaard als {0}, en er is een nieuw begonnen.</translation>
    </message>
    <message>
        <source>Starting at login could not be switched on: {0}</source>
        <translation>Starten bij aanmelden kon niet aangezet worden: {0}</translation>
    </message>
    <message>
        <source>Starting at login could not be switched off: {0}</source>
        <translation>Starten bij aanmelden kon niet uitgezet worden: {0}</translation>
    </message>
</context>
<context>
    <name>PosturePanel</name>
    <message>
        <source>When this is on, postureapp switches the camera on a few times a minute, for about a second, and reads from one picture where your ears and shoulders are. The picture is dropped at once; no picture is ever kept or sent, and nothing leaves this computer. What is kept are numbers: how you sit when upright, and each day&apos;s time upright and slouched. While the camera is on, the tray icon shows a red dot. The camera is not used while another program uses it or the microphone.</source>
        <translation>Als dit aan staat, zet postureapp de camera een paar keer per minuut ongeveer een seconde aan en leest uit één beeld waar je oren en schouders zijn. Het beeld wordt meteen weggegooid; er wordt nooit een beeld bewaard of verstuurd, en niets verlaat deze computer. Wat bewaard wordt zijn getallen: hoe je rechtop zit, en per dag de tijd rechtop en onderuitgezakt. Zolang de camera aan is, toont het pictogram in het systeemvak een rode stip. De camera wordt niet gebruikt zolang een ander programma de camera of de microfoon gebruikt.</translation>
    </message>
    <message>
        <source>● The camera is on</source>
        <translation>● De camera staat aan</translation>
    </message>
    <message>
        <source>The camera is on</source>
        <translation>De camera staat aan</translation>
    </message>
    <message>
        <source>Calibrate: sit tall for a few seconds</source>
        <translation>Kalibreren: zit een paar seconden rechtop</translation>
    </message>
    <message>
        <source>Sit tall, facing the screen, shoulders relaxed, and keep still for a moment…</source>
        <translation>Zit rechtop, naar het scherm gericht, schouders ontspannen, en blijf even stil…</translation>
    </message>
    <message>
        <source>Recalibrate: sit tall for a few seconds</source>
        <translation>Opnieuw kalibreren: zit een paar seconden rechtop</translation>
    </message>
    <message>
        <source>Switch posture sensing on below to calibrate.</source>
        <translation>Zet houdingsherkenning hieronder aan om te kalibreren.</translation>
    </message>
    <message>
        <source>The camera could not be read: {0}</source>
        <translation>De camera kon niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>Calibrated. Recalibrate when you move the camera or chair.</source>
        <translation>Gekalibreerd. Kalibreer opnieuw als je de camera of stoel verplaatst.</translation>
    </message>
    <message>
        <source>Not calibrated yet: sit tall and press Calibrate, so slouches can be told.</source>
        <translation>Nog niet gekalibreerd: zit rechtop en druk op Kalibreren, zodat onderuitzakken herkend kan worden.</translation>
    </message>
    <message>
        <source>Calibrated: this is your upright posture now.</source>
        <translation>Gekalibreerd: dit is nu je rechtop zittende houding.</translation>
    </message>
</context>
<context>
    <name>PostureWatch</name>
    <message>
        <source>Another program is using the camera or the microphone.</source>
        <extracomment>How many pictures a calibration takes (over about as many seconds). The day&apos;s figures are handed to the log at most this often (and at a new day, and at the end).</extracomment>
        <translation>Een ander programma gebruikt de camera of de microfoon.</translation>
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
        <translation>OK, deze opmerking sluiten</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <source>Range shown</source>
        <translation>Getoonde periode</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Laatste 3 maanden</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>Van–tot</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Eerste getoonde dag</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Laatste getoonde dag</translation>
    </message>
    <message>
        <source>Days in the range</source>
        <translation>Dagen in de periode</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Toon:</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} dagen</translation>
    </message>
</context>
<context>
    <name>RecentBreaksModel</name>
    <message>
        <source>When</source>
        <extracomment>The role that gives the whole `BreakRow` of a table row, for views that need more than text.</extracomment>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <source>Time done</source>
        <translation>Gedane tijd</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestart door</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Lang</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vroeg beëindigd</translation>
    </message>
    <message>
        <source>Stopped: it hurt</source>
        <translation>Gestopt: deed pijn</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Natuurlijke pauze</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Afgebroken</translation>
    </message>
    <message>
        <source>This break is on screen now.</source>
        <translation>Deze pauze staat nu op het scherm.</translation>
    </message>
    <message>
        <source>You did the whole break.</source>
        <translation>Je hebt de hele pauze gedaan.</translation>
    </message>
    <message>
        <source>You skipped this break.</source>
        <translation>Je hebt deze pauze overgeslagen.</translation>
    </message>
    <message>
        <source>You put this break off for a few minutes.</source>
        <translation>Je hebt deze pauze een paar minuten uitgesteld.</translation>
    </message>
    <message>
        <source>You ended it before the end; the minutes count, the break is not completed.</source>
        <translation>Je hebt haar voor het einde beëindigd; de minuten tellen, de pauze is niet voltooid.</translation>
    </message>
    <message>
        <source>You stopped because something hurt. If it keeps hurting, see a clinician.</source>
        <translation>Je bent gestopt omdat iets pijn deed. Als het pijn blijft doen, ga dan naar een arts.</translation>
    </message>
    <message>
        <source>You were away from the computer long enough to rest.</source>
        <translation>Je was lang genoeg weg van de computer om uit te rusten.</translation>
    </message>
    <message>
        <source>The app stopped while this break was on screen.</source>
        <translation>De app stopte terwijl deze pauze op het scherm stond.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation>Vaste tijd</translation>
    </message>
    <message>
        <source>Time away</source>
        <translation>Afwezigheid</translation>
    </message>
    <message>
        <source>Your posture</source>
        <translation>Je houding</translation>
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
        <translation>Het pauzelogboek {0} kan niet geopend worden ({1}).</translation>
    </message>
    <message>
        <source>Breaks cannot be written to the log {0} ({1}).</source>
        <translation>Pauzes kunnen niet in het logboek {0} geschreven worden ({1}).</translation>
    </message>
    <message>
        <source>{0} Breaks still run, and what they record is kept in {1} until the log takes it.</source>
        <translation>{0} Pauzes gaan door, en wat ze vastleggen wordt in {1} bewaard tot het logboek het aanneemt.</translation>
    </message>
    <message>
        <source>{0} Breaks still run, and what they record is kept in memory until the log takes it (the journal {1} cannot be written either: {2}), so it is lost if postureapp stops first.</source>
        <translation>{0} Pauzes gaan door, en wat ze vastleggen blijft in het geheugen tot het logboek het aanneemt (ook het journaal {1} kan niet geschreven worden: {2}); het gaat dus verloren als postureapp eerder stopt.</translation>
    </message>
    <message>
        <source>The journal of breaks waiting to be logged could not be read, so what it held was not logged. It is kept as {0}.</source>
        <translation>Het journaal met pauzes die op het logboek wachten kon niet gelezen worden, dus de inhoud is niet vastgelegd. Het is bewaard als {0}.</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Breaks and check-ins: a report for your clinician</source>
        <extracomment>The charts are laid out as if the paper were a screen of this many dots per inch. Exercises listed under &quot;done most&quot;.</extracomment>
        <translation>Pauzes en vragen: rapport voor je arts of therapeut</translation>
    </message>
    <message>
        <source>{0} to {1} ({2} days)</source>
        <translation>{0} tot {1} ({2} dagen)</translation>
    </message>
    <message>
        <source>Made on {0} with postureapp {1}, from the breaks and check-ins it logged.</source>
        <translation>Gemaakt op {0} met postureapp {1}, uit de pauzes en vragen die het heeft vastgelegd.</translation>
    </message>
    <message>
        <source>This is a self-report: what the user did and felt, as they logged it. It is not a diagnosis and not medical advice.</source>
        <translation>Dit is een zelfrapportage: wat de gebruiker deed en voelde, zoals die het vastlegde. Het is geen diagnose en geen medisch advies.</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Voltooide pauzes</translation>
    </message>
    <message>
        <source>of {0} reminders{1}</source>
        <translation>van {0} herinneringen{1}</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vroeg beëindigd</translation>
    </message>
    <message>
        <source>{0} because it hurt</source>
        <translation>{0} omdat het pijn deed</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Overgeslagen of uitgesteld</translation>
    </message>
    <message>
        <source>reminders put off</source>
        <translation>uitgestelde herinneringen</translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation>Oefentijd</translation>
    </message>
    <message>
        <source>{0} a day</source>
        <translation>{0} per dag</translation>
    </message>
    <message>
        <source>Stiffness 0–10</source>
        <translation>Stijfheid 0–10</translation>
    </message>
    <message>
        <source>first and last week rated</source>
        <translation>eerste en laatste beoordeelde week</translation>
    </message>
    <message>
        <source>too few ratings</source>
        <translation>te weinig beoordelingen</translation>
    </message>
    <message>
        <source>Days with a warning sign</source>
        <translation>Dagen met een waarschuwingssignaal</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>geen gemeld</translation>
    </message>
    <message>
        <source>…, {0}</source>
        <translation>…, {0}</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pauzes per dag</translation>
    </message>
    <message>
        <source>Breaks per week</source>
        <translation>Pauzes per week</translation>
    </message>
    <message>
        <source>Breaks per month</source>
        <translation>Pauzes per maand</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vroeg beëindigd</translation>
    </message>
    <message>
        <source>skipped or snoozed</source>
        <translation>overgeslagen of uitgesteld</translation>
    </message>
    <message>
        <source>goal: {0} a day</source>
        <translation>doel: {0} per dag</translation>
    </message>
    <message>
        <source>Stiffness from check-ins (0 none, 10 very stiff)</source>
        <translation>Stijfheid uit de vragen (0 geen, 10 heel stijf)</translation>
    </message>
    <message>
        <source>mean stiffness</source>
        <translation>gemiddelde stijfheid</translation>
    </message>
    <message>
        <source>warning sign reported</source>
        <translation>waarschuwingssignaal gemeld</translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation>Geen vragen in deze periode.</translation>
    </message>
    <message>
        <source>Minutes by body area</source>
        <translation>Minuten per lichaamsdeel</translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>Meest gedane oefeningen</translation>
    </message>
    <message>
        <source>No exercise time in this period.</source>
        <translation>Geen oefentijd in deze periode.</translation>
    </message>
    <message>
        <source>An exercise counts for every area it works; a break&apos;s time is shared by its exercises.</source>
        <translation>Een oefening telt voor elk deel dat ze traint; de tijd van een pauze wordt over haar oefeningen verdeeld.</translation>
    </message>
    <message>
        <source>Self-reported with postureapp. Not a diagnosis. Page 1 of 1.</source>
        <translation>Zelfrapportage met postureapp. Geen diagnose. Pagina 1 van 1.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Vroeg</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>None done in this period.</source>
        <translation>Geen gedaan in deze periode.</translation>
    </message>
    <message>
        <source>Notes from check-ins (newest first)</source>
        <translation>Notities uit de vragen (nieuwste eerst)</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Geen notities in deze periode.</translation>
    </message>
    <message>
        <source>1 more note is in the app and its export.</source>
        <translation>Nog 1 notitie staat in de app en de export ervan.</translation>
    </message>
    <message>
        <source>{0} more notes are in the app and its export.</source>
        <translation>Nog {0} notities staan in de app en de export ervan.</translation>
    </message>
    <message>
        <source>… ({0} more words in the app)</source>
        <translation>… ({0} woorden meer in de app)</translation>
    </message>
</context>
<context>
    <name>Sensing</name>
    <message>
        <source>Switch posture sensing on first.</source>
        <translation>Zet eerst houdingsherkenning aan.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Create or edit your own exercises…</source>
        <translation>Eigen oefeningen maken of bewerken…</translation>
    </message>
    <message>
        <source>Create or edit your own exercises</source>
        <translation>Eigen oefeningen maken of bewerken</translation>
    </message>
    <message>
        <source>postureapp — Settings</source>
        <translation>postureapp — Instellingen</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>Standaard&amp;waarden herstellen</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pauzes</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Schema</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>&amp;Oefeningen</translation>
    </message>
    <message>
        <source>Be&amp;haviour</source>
        <translation>&amp;Gedrag</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Camera</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <translation>Korte pauzes</translation>
    </message>
    <message>
        <source>Long breaks</source>
        <translation>Lange pauzes</translation>
    </message>
    <message>
        <source>Notice and snooze</source>
        <translation>Aankondiging en uitstel</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Werktijden</translation>
    </message>
    <message>
        <source>Breaks at fixed times</source>
        <translation>Pauzes op vaste tijden</translation>
    </message>
    <message>
        <source>Hold a break while busy</source>
        <translation>Een pauze vasthouden als je bezig bent</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Agenda’s</translation>
    </message>
    <message>
        <source>What exercises may ask for</source>
        <translation>Wat oefeningen mogen vragen</translation>
    </message>
    <message>
        <source>Each exercise</source>
        <translation>Elke oefening</translation>
    </message>
    <message>
        <source>none — e.g. 09:00-12:30, 13:30-17:30</source>
        <translation>geen — bv. 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>none — e.g. 11:00, 15:30</source>
        <translation>geen — bv. 11:00, 15:30</translation>
    </message>
    <message>
        <source>the usual folder</source>
        <translation>de gebruikelijke map</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Browse for {0}</source>
        <translation>Bladeren: {0}</translation>
    </message>
    <message>
        <source>Could not change this: {0}</source>
        <translation>Kon dit niet wijzigen: {0}</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Standaardwaarden herstellen</translation>
    </message>
    <message>
        <source>Put every setting back to its default value? Cancel will still bring back the settings you had before.</source>
        <translation>Elke instelling terugzetten naar de standaardwaarde? Annuleren haalt nog steeds de instellingen terug die je eerst had.</translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <source>Your settings could not be saved: {0}</source>
        <translation>Je instellingen konden niet opgeslagen worden: {0}</translation>
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
        <translation>● De camera staat aan</translation>
    </message>
    <message>
        <source>Next break</source>
        <translation>Volgende pauze</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for your safety; breaks only remind you to move.</source>
        <translation>Oefenpauzes zijn voor je veiligheid onderbroken; pauzes herinneren je er alleen aan om te bewegen.</translation>
    </message>
    <message>
        <source>Pause for</source>
        <translation>Onderbreken voor</translation>
    </message>
    <message>
        <source>Closing it hides it; run postureapp again to bring it back.</source>
        <translation>Sluiten verbergt het; start postureapp opnieuw om het terug te halen.</translation>
    </message>
    <message>
        <source>Closing it only minimises it; use Quit to stop the app.</source>
        <translation>Sluiten minimaliseert het alleen; kies ‘Afsluiten’ om de app te stoppen.</translation>
    </message>
    <message>
        <source>No system tray shows postureapp&apos;s icon, so it runs from this window.</source>
        <translation>Geen systeemvak toont het pictogram van postureapp, dus het werkt vanuit dit venster.</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>No breathing cue</source>
        <translation>Geen ademhalingsaanwijzing</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Adem in</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Adem uit</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Adem rustig</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat je doet</translation>
    </message>
    <message>
        <source>In a line or two, e.g. “Breathing out, turn your chest to the right. Hold.”</source>
        <translation>In een of twee regels, bijv. ‘Draai al uitademend je borst naar rechts. Houd vast.’</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long, in seconds</source>
        <translation>Hoe lang, in seconden</translation>
    </message>
    <message>
        <source>Breathing cue</source>
        <translation>Ademhalingsaanwijzing</translation>
    </message>
    <message>
        <source>Posed figure</source>
        <translation>Geposeerde figuur</translation>
    </message>
    <message>
        <source>My own picture</source>
        <translation>Mijn eigen afbeelding</translation>
    </message>
    <message>
        <source>Mirror it for the left side</source>
        <translation>Spiegelen voor de linkerkant</translation>
    </message>
    <message>
        <source>Untick for a picture with writing in it, which must not be mirrored</source>
        <translation>Vink uit bij een afbeelding met tekst, die niet gespiegeld mag worden</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Afbeelding kiezen…</translation>
    </message>
    <message>
        <source>No picture chosen yet.</source>
        <translation>Nog geen afbeelding gekozen.</translation>
    </message>
    <message>
        <source>Your picture</source>
        <translation>Je afbeelding</translation>
    </message>
    <message>
        <source>SVG, PNG, JPEG or GIF (a GIF may move), up to 5 MB. It is copied into your exercises folder.</source>
        <translation>SVG, PNG, JPEG of GIF (een GIF mag bewegen), tot 5 MB. Hij wordt naar je oefeningenmap gekopieerd.</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>&amp;Wat je doet</translation>
    </message>
    <message>
        <source>How &amp;long</source>
        <translation>Hoe &amp;lang</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Afbeelding kiezen</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>Afbeeldingen ({0})</translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>{0}: details</source>
        <translation>{0}: details</translation>
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
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vroeg beëindigd</translation>
    </message>
    <message>
        <source>Skipped or snoozed</source>
        <translation>Overgeslagen of uitgesteld</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Exercises no longer in the library</source>
        <extracomment>The role the table sorts by: numbers as numbers. The chart shows this many rows at most (the table has them all).</extracomment>
        <translation>Oefeningen die niet meer in de bibliotheek staan</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Vroeg</translation>
    </message>
    <message>
        <source>It hurt</source>
        <translation>Deed pijn</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <source>Minutes exercised (a break&apos;s time shared by its exercises)</source>
        <translation>Geoefende minuten (de tijd van een pauze verdeeld over haar oefeningen)</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Voltooide pauzes</translation>
    </message>
    <message>
        <source>Breaks ended early with Done</source>
        <translation>Pauzes vroeg beëindigd met Klaar</translation>
    </message>
    <message>
        <source>Breaks stopped with &apos;This hurts — stop&apos;</source>
        <translation>Pauzes gestopt met ‘Dit doet pijn — stop’</translation>
    </message>
    <message>
        <source>Breaks skipped</source>
        <translation>Overgeslagen pauzes</translation>
    </message>
    <message>
        <source>Breaks snoozed</source>
        <translation>Uitgestelde pauzes</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>● The camera is on</source>
        <extracomment>Changes from the hosts come in bursts (a watcher, then its host); act once they settle. After making an icon, look again whether the host took it.</extracomment>
        <translation>● De camera staat aan</translation>
    </message>
</context>
<context>
    <name>WarningPauseDialog</name>
    <message>
        <source>I have checked this with a clinician, or it has passed</source>
        <translation>Ik heb dit met een arts besproken, of het is over</translation>
    </message>
    <message>
        <source>Confirm it is safe to resume</source>
        <translation>Bevestigen dat hervatten veilig is</translation>
    </message>
    <message>
        <source>Resume exercise breaks</source>
        <translation>Oefenpauzes hervatten</translation>
    </message>
    <message>
        <source>Keep paused</source>
        <translation>Onderbroken laten</translation>
    </message>
    <message>
        <source>Keep exercise breaks paused</source>
        <translation>Oefenpauzes onderbroken laten</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>About postureapp and safety</source>
        <translation>Over postureapp en veiligheid</translation>
    </message>
    <message>
        <source>About cracking</source>
        <translation>Over kraken</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Begrepen</translation>
    </message>
    <message>
        <source>Got it, close this window</source>
        <translation>Begrepen, dit venster sluiten</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to safety information</source>
        <translation>Terug naar de veiligheidsinformatie</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>Our own formats, when the system lacks the user&apos;s locale and we ship its language. argparse&apos;s own words (it looks them up through `argparse._`), marked here for lupdate.</extracomment>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionele argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>opdrachten</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>deze hulp tonen en afsluiten</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>een van deze argumenten is verplicht: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige %(type)s-waarde: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>één argument verwacht</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>hoogstens één argument verwacht</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>minstens één argument verwacht</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan met argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>expliciet argument %r genegeerd</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan &apos;%(filename)s&apos; niet openen: %(error)s</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>cannot read {0}: {1}</source>
        <translation>kan {0} niet lezen: {1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>kan {0} niet schrijven: {1}</translation>
    </message>
    <message>
        <source>cannot remove {0}: {1}</source>
        <translation>kan {0} niet verwijderen: {1}</translation>
    </message>
    <message>
        <source>cannot read the desktop entry template {0}: {1}</source>
        <translation>kan het sjabloon voor het bureaubladitem {0} niet lezen: {1}</translation>
    </message>
</context>
<context>
    <name>calendars</name>
    <message>
        <source>calendar support is not installed; install it with: pip install &apos;postureapp[calendars]&apos;</source>
        <extracomment>The busy times kept: from a day back (a meeting that began yesterday evening) to 8 days on, as far as the planner looks ahead. Said when the calendar libraries (the `calendars` extra) are not installed (translated where it is shown, in the &quot;calendars&quot; context).</extracomment>
        <translation>agendaondersteuning is niet geïnstalleerd; installeer die met: pip install &apos;postureapp[calendars]&apos;</translation>
    </message>
    <message>
        <source>the name {0} must be 1 to 40 letters, digits, spaces, dots, - or _</source>
        <translation>de naam {0} moet bestaan uit 1 tot 40 letters, cijfers, spaties, punten, - of _</translation>
    </message>
    <message>
        <source>{0}: the kind must be one of {1}, got {2}</source>
        <translation>{0}: de soort moet een van {1} zijn, gekregen {2}</translation>
    </message>
    <message>
        <source>{0}: needs a location (a path or an address)</source>
        <translation>{0}: heeft een locatie nodig (een pad of een adres)</translation>
    </message>
    <message>
        <source>{0}: the user must be text</source>
        <translation>{0}: de gebruiker moet tekst zijn</translation>
    </message>
    <message>
        <source>{0}: {1} is not an absolute path</source>
        <translation>{0}: {1} is geen absoluut pad</translation>
    </message>
    <message>
        <source>{0}: only a CalDAV account has a user</source>
        <translation>{0}: alleen een CalDAV-account heeft een gebruiker</translation>
    </message>
    <message>
        <source>{0}: {1} is not an http(s) address</source>
        <translation>{0}: {1} is geen http(s)-adres</translation>
    </message>
    <message>
        <source>{0}: the address holds a password; give the user with --user instead, and the password goes to the keyring</source>
        <translation>{0}: het adres bevat een wachtwoord; geef de gebruiker op met --user, dan gaat het wachtwoord naar de sleutelbos</translation>
    </message>
    <message>
        <source>two calendars are named {0} (or nearly)</source>
        <translation>twee agenda’s heten {0} (of bijna)</translation>
    </message>
    <message>
        <source>it is larger than {0} MB</source>
        <translation>het is groter dan {0} MB</translation>
    </message>
    <message>
        <source>part {0} is not iCalendar data</source>
        <translation>deel {0} is geen iCalendar-data</translation>
    </message>
    <message>
        <source>it has more than {0} events in a week</source>
        <translation>het heeft meer dan {0} afspraken in een week</translation>
    </message>
    <message>
        <source>{0} refused the user name or password</source>
        <translation>{0} weigerde de gebruikersnaam of het wachtwoord</translation>
    </message>
    <message>
        <source>{0} did not answer as a CalDAV server</source>
        <translation>{0} antwoordde niet als een CalDAV-server</translation>
    </message>
    <message>
        <source>the server refused the connection (is it running?)</source>
        <extracomment>What the network libraries say, and what the user reads instead.</extracomment>
        <translation>de server weigerde de verbinding (draait hij?)</translation>
    </message>
    <message>
        <source>the server name is not known</source>
        <translation>de servernaam is onbekend</translation>
    </message>
    <message>
        <source>the server name could not be looked up (offline?)</source>
        <translation>de servernaam kon niet worden opgezocht (offline?)</translation>
    </message>
    <message>
        <source>the network is unreachable (offline?)</source>
        <translation>het netwerk is onbereikbaar (offline?)</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>de server antwoordde niet op tijd</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified</source>
        <translation>het certificaat van de server kon niet worden gecontroleerd</translation>
    </message>
    <message>
        <source>a network error ({0})</source>
        <translation>een netwerkfout ({0})</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>{0} kon niet worden gelezen: {1}</translation>
    </message>
    <message>
        <source>{0} holds more than {1} .ics files</source>
        <extracomment>A folder with more calendar files than this is probably not the folder meant.</extracomment>
        <translation>{0} bevat meer dan {1} .ics-bestanden</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} bestaat niet</translation>
    </message>
    <message>
        <source>{0} holds more than {1} MB</source>
        <translation>{0} bevat meer dan {1} MB</translation>
    </message>
    <message>
        <source>no keyring is available to keep the password of {0} (install and unlock GNOME Keyring or KWallet), so this CalDAV account cannot be read; a calendar file or an iCalendar web address works without one</source>
        <translation>er is geen sleutelbos om het wachtwoord van {0} te bewaren (installeer en ontgrendel GNOME Keyring of KWallet), dus deze CalDAV-account kan niet worden gelezen; een agendabestand of een iCalendar-webadres werkt zonder</translation>
    </message>
    <message>
        <source>the keyring could not give the password of {0} (is it locked?)</source>
        <translation>de sleutelbos kon het wachtwoord van {0} niet geven (is hij vergrendeld?)</translation>
    </message>
    <message>
        <source>no password for {0} in the keyring; add it again with postureapp calendar add (or in Settings)</source>
        <translation>geen wachtwoord voor {0} in de sleutelbos; voeg hem opnieuw toe met postureapp calendar add (of in Instellingen)</translation>
    </message>
    <message>
        <source>the keyring refused the password of {0}</source>
        <translation>de sleutelbos weigerde het wachtwoord van {0}</translation>
    </message>
    <message>
        <source>{0} answered with the HTTP error {1}</source>
        <translation>{0} antwoordde met HTTP-fout {1}</translation>
    </message>
    <message>
        <source>{0} sent more than {1} MB</source>
        <translation>{0} stuurde meer dan {1} MB</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>The posture model is not available for Python {0} (it needs 3.11 or 3.12), so posture sensing cannot be used with this installation.</source>
        <extracomment>The model ships inside these mediapipe releases only (later ones download it at run time). The newest Python those releases have wheels for.</extracomment>
        <translation>Het houdingsmodel is er niet voor Python {0} (het heeft 3.11 of 3.12 nodig), dus houdingsherkenning kan met deze installatie niet worden gebruikt.</translation>
    </message>
    <message>
        <source>The camera extra is not installed. Install it with: pip install &apos;postureapp[camera]&apos; (about 1 GB), then restart postureapp.</source>
        <translation>De camera-extra is niet geïnstalleerd. Installeer hem met: pip install &apos;postureapp[camera]&apos; (ongeveer 1 GB) en start postureapp daarna opnieuw.</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <extracomment>A camera&apos;s first frames are dark or blurred while its exposure settles. Without a picture this long after switching on, the camera counts as not working.</extracomment>
        <translation>Er is geen camera gevonden.</translation>
    </message>
    <message>
        <source>No video at {0}.</source>
        <translation>Geen video op {0}.</translation>
    </message>
    <message>
        <source>The camera is busy.</source>
        <translation>De camera is bezet.</translation>
    </message>
    <message>
        <source>The camera gave no picture.</source>
        <translation>De camera gaf geen beeld.</translation>
    </message>
    <message>
        <source>The posture model failed: {0}</source>
        <extracomment>Seconds between the pictures of one read (a calibration takes several).</extracomment>
        <translation>Het houdingsmodel is mislukt: {0}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>A system-tray reminder for short upper-back mobility breaks. Without a command it starts the app (or shows the one already running).</source>
        <translation>Een herinnering in het systeemvak voor korte beweegpauzes voor de bovenrug. Zonder opdracht start het de app (of toont het de app die al draait).</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 not done (not running, refused, or problems found); 2 cannot run as given (wrong arguments, a missing file, no display).</source>
        <translation>Afsluitcodes: 0 gedaan; 1 niet gedaan (draait niet, geweigerd of problemen gevonden); 2 kan zo niet draaien (verkeerde argumenten, een ontbrekend bestand, geen beeldscherm).</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>de versie tonen en afsluiten</translation>
    </message>
    <message>
        <source>started at login: wait longer for the system tray to appear</source>
        <translation>gestart bij aanmelden: langer wachten op het systeemvak</translation>
    </message>
    <message>
        <source>postureapp: no display found (DISPLAY and WAYLAND_DISPLAY are not set); start it from a desktop session.</source>
        <translation>postureapp: geen beeldscherm gevonden (DISPLAY en WAYLAND_DISPLAY zijn niet ingesteld); start het vanuit een bureaubladsessie.</translation>
    </message>
    <message>
        <source>postureapp is already running; its window was brought up.</source>
        <translation>postureapp draait al; het venster is naar voren gehaald.</translation>
    </message>
    <message>
        <source>calendars whose events hold breaks</source>
        <translation>agenda’s waarvan de afspraken pauzes tegenhouden</translation>
    </message>
    <message>
        <source>Calendars whose events hold breaks: no break during a busy event, none just before one. Files and folders of .ics files, iCalendar web addresses, CalDAV accounts.</source>
        <translation>Agenda’s waarvan de afspraken pauzes tegenhouden: geen pauze tijdens een bezette afspraak, geen vlak ervoor. Bestanden en mappen met .ics-bestanden, iCalendar-webadressen, CalDAV-accounts.</translation>
    </message>
    <message>
        <source>add a calendar</source>
        <translation>een agenda toevoegen</translation>
    </message>
    <message>
        <source>Add a calendar.</source>
        <translation>Een agenda toevoegen.</translation>
    </message>
    <message>
        <source>a short name, e.g. work</source>
        <translation>een korte naam, bv. werk</translation>
    </message>
    <message>
        <source>a .ics file or folder, an http(s) or webcal address</source>
        <translation>een .ics-bestand of map, een http(s)- of webcal-adres</translation>
    </message>
    <message>
        <source>the address is a CalDAV account or calendar</source>
        <translation>het adres is een CalDAV-account of -agenda</translation>
    </message>
    <message>
        <source>the CalDAV user name (asks for the password)</source>
        <translation>de CalDAV-gebruikersnaam (vraagt om het wachtwoord)</translation>
    </message>
    <message>
        <source>read the CalDAV password from standard input</source>
        <translation>het CalDAV-wachtwoord van standaardinvoer lezen</translation>
    </message>
    <message>
        <source>list the calendars</source>
        <translation>de agenda’s tonen</translation>
    </message>
    <message>
        <source>remove a calendar (and its stored password)</source>
        <translation>een agenda verwijderen (en het opgeslagen wachtwoord)</translation>
    </message>
    <message>
        <source>read the calendars now and say what they hold</source>
        <translation>de agenda’s nu lezen en zeggen wat erin staat</translation>
    </message>
    <message>
        <source>only this calendar</source>
        <translation>alleen deze agenda</translation>
    </message>
    <message>
        <source>{0}: file {1}</source>
        <translation>{0}: bestand {1}</translation>
    </message>
    <message>
        <source>{0}: web address {1}</source>
        <translation>{0}: webadres {1}</translation>
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
        <translation>Wachtwoord voor {0} (bewaard in je sleutelbos): </translation>
    </message>
    <message>
        <source>give the password with --password-stdin</source>
        <translation>geef het wachtwoord met --password-stdin</translation>
    </message>
    <message>
        <source>{0} (remove it first, or pick another name)</source>
        <translation>{0} (verwijder die eerst, of kies een andere naam)</translation>
    </message>
    <message>
        <source>Added {0}. Check it with: postureapp calendar test {1}</source>
        <translation>{0} toegevoegd. Controleer met: postureapp calendar test {1}</translation>
    </message>
    <message>
        <source>Note: {0}.</source>
        <translation>Let op: {0}.</translation>
    </message>
    <message>
        <source>Note: {0} does not exist (yet); it holds nothing until it does.</source>
        <translation>Let op: {0} bestaat (nog) niet; tot dan staat er niets in.</translation>
    </message>
    <message>
        <source>No calendars. Add one with: postureapp calendar add NAME FILE-OR-ADDRESS</source>
        <translation>Geen agenda’s. Voeg er een toe met: postureapp calendar add NAAM BESTAND-OF-ADRES</translation>
    </message>
    <message>
        <source>(last read {0})</source>
        <translation>(laatst gelezen {0})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>no calendar is named {0} (there are: {1})</source>
        <translation>geen agenda heet {0} (er zijn: {1})</translation>
    </message>
    <message>
        <source>Removed {0}.</source>
        <translation>{0} verwijderd.</translation>
    </message>
    <message>
        <source>no calendar named {0}</source>
        <translation>geen agenda met de naam {0}</translation>
    </message>
    <message>
        <source>no calendar yet</source>
        <translation>nog geen agenda</translation>
    </message>
    <message>
        <source>{0}: could not be read: {1}; the copy from {2} is used</source>
        <translation>{0}: kon niet gelezen worden: {1}; de kopie van {2} wordt gebruikt</translation>
    </message>
    <message>
        <source>{0}: could not be read: {1}</source>
        <translation>{0}: kon niet gelezen worden: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} busy event(s) in the next 8 days, read in {2} s</source>
        <translation>{0}: bezette afspraken in de komende 8 dagen: {1}, gelezen in {2} s</translation>
    </message>
    <message>
        <source>; next: {0}</source>
        <translation>; volgende: {0}</translation>
    </message>
    <message>
        <source>show or change settings</source>
        <translation>instellingen tonen of wijzigen</translation>
    </message>
    <message>
        <source>Show or change the settings file; the running app picks changes up.</source>
        <translation>Het instellingenbestand tonen of wijzigen; de draaiende app neemt wijzigingen over.</translation>
    </message>
    <message>
        <source>print where the settings file is</source>
        <translation>tonen waar het instellingenbestand staat</translation>
    </message>
    <message>
        <source>list every setting, marking the ones changed from the default</source>
        <translation>alle instellingen tonen, met een markering bij de gewijzigde</translation>
    </message>
    <message>
        <source>print one setting&apos;s value</source>
        <translation>de waarde van één instelling tonen</translation>
    </message>
    <message>
        <source>change one setting</source>
        <translation>één instelling wijzigen</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>bv. {0}</translation>
    </message>
    <message>
        <source>put one setting, or all of them, back to the default</source>
        <translation>één instelling, of alle, terugzetten naar de standaard</translation>
    </message>
    <message>
        <source>the setting to reset; all of them when left out</source>
        <translation>de instelling om terug te zetten; alle als je niets opgeeft</translation>
    </message>
    <message>
        <source>changed; default {0}</source>
        <translation>gewijzigd; standaard {0}</translation>
    </message>
    <message>
        <source>Every setting already has its default value.</source>
        <translation>Alle instellingen hebben al hun standaardwaarde.</translation>
    </message>
    <message>
        <source>The old settings are kept in {0}</source>
        <translation>De oude instellingen staan in {0}</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Niets te wijzigen.</translation>
    </message>
    <message>
        <source>the setting is saved, but {0}</source>
        <translation>de instelling is opgeslagen, maar {0}</translation>
    </message>
    <message>
        <source>{0} is left unchanged (see above)</source>
        <translation>{0} blijft ongewijzigd (zie boven)</translation>
    </message>
    <message>
        <source>add postureapp and its icon to the application menu (Linux)</source>
        <extracomment>The AppStream component id: the metainfo file&apos;s name and the Flatpak app id (packaging/).</extracomment>
        <translation>postureapp en zijn pictogram aan het programmamenu toevoegen (Linux)</translation>
    </message>
    <message>
        <source>take postureapp and its icon out of the application menu (Linux)</source>
        <translation>postureapp en zijn pictogram uit het programmamenu halen (Linux)</translation>
    </message>
    <message>
        <source>start postureapp when you log in: on, off or status</source>
        <translation>postureapp starten bij aanmelden: on, off of status</translation>
    </message>
    <message>
        <source>switch it on or off, or say which it is</source>
        <translation>aan- of uitzetten, of zeggen hoe het staat</translation>
    </message>
    <message>
        <source>the entry is switched, but the setting is not: {0}</source>
        <translation>het item is omgezet, maar de instelling niet: {0}</translation>
    </message>
    <message>
        <source>desktop entries are a Linux feature; this system is {0}. Use `postureapp autostart on` to start at login.</source>
        <translation>bureaubladitems zijn iets van Linux; dit systeem is {0}. Gebruik `postureapp autostart on` om bij aanmelden te starten.</translation>
    </message>
    <message>
        <source>cannot read the icon {0}: {1}</source>
        <translation>kan het pictogram {0} niet lezen: {1}</translation>
    </message>
    <message>
        <source>cannot read the metainfo {0}: {1}</source>
        <translation>kan de metagegevens {0} niet lezen: {1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>kan {0} niet schrijven: {1}</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Geschreven: {0}</translation>
    </message>
    <message>
        <source>the icon ({0} files: scalable and fixed sizes) under {1}</source>
        <translation>het pictogram ({0} bestanden: schaalbaar en vaste maten) onder {1}</translation>
    </message>
    <message>
        <source>Not there, nothing to remove: {0}</source>
        <translation>Niet aanwezig, niets te verwijderen: {0}</translation>
    </message>
    <message>
        <source>cannot remove {0}: {1}</source>
        <translation>kan {0} niet verwijderen: {1}</translation>
    </message>
    <message>
        <source>Removed {0}</source>
        <translation>Verwijderd: {0}</translation>
    </message>
    <message>
        <source>No icon there, nothing to remove: {0}</source>
        <translation>Geen pictogram aanwezig, niets te verwijderen: {0}</translation>
    </message>
    <message>
        <source>postureapp starts at login ({0}).</source>
        <translation>postureapp start bij aanmelden ({0}).</translation>
    </message>
    <message>
        <source>postureapp does not start at login.</source>
        <translation>postureapp start niet bij aanmelden.</translation>
    </message>
    <message>
        <source>list or validate exercise packs</source>
        <translation>oefenpakketten tonen of controleren</translation>
    </message>
    <message>
        <source>show every exercise the app will offer</source>
        <translation>elke oefening tonen die de app aanbiedt</translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation>één JSON-document afdrukken</translation>
    </message>
    <message>
        <source>check an exercise file or a pack folder</source>
        <translation>een oefenbestand of een pakketmap controleren</translation>
    </message>
    <message>
        <source>a .toml file or a folder</source>
        <translation>een .toml-bestand of een map</translation>
    </message>
    <message>
        <source>save exercises, with their pictures, as one pack file to share</source>
        <translation>oefeningen met hun afbeeldingen opslaan als één pakketbestand om te delen</translation>
    </message>
    <message>
        <source>the exercises (see `list`)</source>
        <translation>de oefeningen (zie `list`)</translation>
    </message>
    <message>
        <source>add the exercises of a pack file to your own</source>
        <translation>de oefeningen van een pakketbestand aan je eigen toevoegen</translation>
    </message>
    <message>
        <source>Add a pack&apos;s exercises to your custom folder. One whose id you already have is added beside yours under a new id, unless you say otherwise.</source>
        <translation>Voegt de oefeningen van een pakket toe aan je eigen map. Een oefening waarvan je het id al hebt, komt naast de jouwe onder een nieuw id, tenzij je iets anders zegt.</translation>
    </message>
    <message>
        <source>a pack file</source>
        <translation>een pakketbestand</translation>
    </message>
    <message>
        <source>replace your exercises that have the same id</source>
        <translation>je oefeningen met hetzelfde id vervangen</translation>
    </message>
    <message>
        <source>leave out exercises whose id you have</source>
        <translation>oefeningen overslaan waarvan je het id al hebt</translation>
    </message>
    <message>
        <source>built-in</source>
        <extracomment>Where an exercise came from, in words.</extracomment>
        <translation>ingebouwd</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>eigen</translation>
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
        <translation>HOUDING</translation>
    </message>
    <message>
        <source>SUITS</source>
        <translation>GESCHIKT VOOR</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DUUR</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>HERKOMST</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>No exercises found.</source>
        <translation>Geen oefeningen gevonden.</translation>
    </message>
    <message>
        <source>note: {0}</source>
        <translation>opmerking: {0}</translation>
    </message>
    <message>
        <source>problem: {0}</source>
        <translation>probleem: {0}</translation>
    </message>
    <message>
        <source>{0}: no such file or folder</source>
        <translation>{0}: bestand of map bestaat niet</translation>
    </message>
    <message>
        <source>{0} problem(s) in {1} file(s)</source>
        <translation>Problemen: {0}, in bestanden: {1}</translation>
    </message>
    <message>
        <source>OK: {0} exercise</source>
        <translation>OK: {0} oefening</translation>
    </message>
    <message>
        <source>OK: {0} exercises</source>
        <translation>OK: {0} oefeningen</translation>
    </message>
    <message>
        <source>no exercise with the id {0} (see `postureapp exercises list`)</source>
        <translation>geen oefening met het id {0} (zie `postureapp exercises list`)</translation>
    </message>
    <message>
        <source>{0}: cannot write the pack ({1})</source>
        <translation>{0}: kan het pakket niet schrijven ({1})</translation>
    </message>
    <message>
        <source>Saved 1 exercise to {0}</source>
        <translation>1 oefening opgeslagen in {0}</translation>
    </message>
    <message>
        <source>Saved {0} exercises to {1}</source>
        <translation>{0} oefeningen opgeslagen in {1}</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}: bestand bestaat niet</translation>
    </message>
    <message>
        <source>{0}: not imported; nothing was written</source>
        <translation>{0}: niet geïmporteerd; er is niets geschreven</translation>
    </message>
    <message>
        <source>{0}: cannot write there ({1})</source>
        <translation>{0}: kan daar niet schrijven ({1})</translation>
    </message>
    <message>
        <source>Your exercises are in {0}</source>
        <translation>Je oefeningen staan in {0}</translation>
    </message>
    <message>
        <source>show break statistics</source>
        <translation>pauzestatistieken tonen</translation>
    </message>
    <message>
        <source>the days of a range ending today, as the history window&apos;s</source>
        <translation>de dagen van een periode die vandaag eindigt, zoals in het geschiedenisvenster</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>één JSON-object afdrukken</translation>
    </message>
    <message>
        <source>completed breaks a streak day needs (default: the {0} setting)</source>
        <translation>voltooide pauzes die een reeksdag nodig heeft (standaard: de instelling {0})</translation>
    </message>
    <message>
        <source>write the break log as CSV or JSON</source>
        <translation>het pauzelogboek als CSV of JSON schrijven</translation>
    </message>
    <message>
        <source>default: the output file&apos;s extension (.csv or .json), else CSV</source>
        <translation>standaard: de extensie van het uitvoerbestand (.csv of .json), anders CSV</translation>
    </message>
    <message>
        <source>default: stdout</source>
        <translation>standaard: standaarduitvoer</translation>
    </message>
    <message>
        <source>merge a CSV or JSON export into the break log</source>
        <translation>een CSV- of JSON-export samenvoegen met het pauzelogboek</translation>
    </message>
    <message>
        <source>first local day, YYYY-MM-DD</source>
        <translation>eerste lokale dag, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last local day, YYYY-MM-DD (included)</source>
        <translation>laatste lokale dag, YYYY-MM-DD (inbegrepen)</translation>
    </message>
    <message>
        <source>{0}: expected a real date as YYYY-MM-DD, found {1}</source>
        <translation>{0}: verwacht een echte datum als YYYY-MM-DD, gevonden {1}</translation>
    </message>
    <message>
        <source>--since ({0}) is after --until ({1})</source>
        <translation>--since ({0}) ligt na --until ({1})</translation>
    </message>
    <message>
        <source>the break log was damaged; it was kept as {0} and a new one was started</source>
        <translation>het pauzelogboek was beschadigd; het is bewaard als {0} en er is een nieuw begonnen</translation>
    </message>
    <message>
        <source>the break log cannot be used right now: {0}</source>
        <translation>het pauzelogboek kan nu niet gebruikt worden: {0}</translation>
    </message>
    <message>
        <source>the break log {0} looks damaged ({1}); start postureapp to set it aside and begin a new one</source>
        <translation>het pauzelogboek {0} lijkt beschadigd ({1}); start postureapp om het opzij te zetten en een nieuw te beginnen</translation>
    </message>
    <message>
        <source>--last cannot be combined with --since or --until</source>
        <translation>--last kan niet samen met --since of --until gebruikt worden</translation>
    </message>
    <message>
        <source>--streak-min: expected 1 or more, found {0}</source>
        <translation>--streak-min: verwacht 1 of meer, gevonden {0}</translation>
    </message>
    <message>
        <source>last {0} days</source>
        <translation>laatste {0} dagen</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} tot {1}</translation>
    </message>
    <message>
        <source>no breaks yet</source>
        <translation>nog geen pauzes</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>deze week</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>deze maand</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>voltooiingsgraad</translation>
    </message>
    <message>
        <source>streak</source>
        <translation>reeks</translation>
    </message>
    <message>
        <source>exercised</source>
        <translation>geoefend</translation>
    </message>
    <message>
        <source>most done</source>
        <translation>meest gedaan</translation>
    </message>
    <message>
        <source>least done</source>
        <translation>minst gedaan</translation>
    </message>
    <message>
        <source>Breaks as of {0}</source>
        <translation>Pauzes op {0}</translation>
    </message>
    <message>
        <source>{0} (natural breaks not counted)</source>
        <translation>{0} (natuurlijke pauzes niet meegeteld)</translation>
    </message>
    <message>
        <source>days now: {0}, best: {1} (a day counts with {2} or more completed breaks)</source>
        <translation>dagen nu: {0}, beste: {1} (een dag telt met {2} of meer voltooide pauzes)</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>completed per day, {0}:</source>
        <translation>voltooid per dag, {0}:</translation>
    </message>
    <message>
        <source>cannot tell the format from {0}: name the file .csv or .json, or give --format</source>
        <translation>uit {0} is het formaat niet af te leiden: geef het bestand de extensie .csv of .json, of gebruik --format</translation>
    </message>
    <message>
        <source>wrote {0} breaks and {1} check-ins to {2}</source>
        <translation>{0} pauzes en {1} vragen naar {2} geschreven</translation>
    </message>
    <message>
        <source>check-ins: added {0}, already present {1}</source>
        <translation>vragen: toegevoegd {0}, al aanwezig {1}</translation>
    </message>
    <message>
        <source>added {0}, already present {1}</source>
        <extracomment>Breaks an import writes per transaction, and the pause between two: the running app&apos;s writes get the lock in between, so a long import never holds up a break&apos;s outcome.</extracomment>
        <translation>toegevoegd {0}, al aanwezig {1}</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>postureapp is not running (start it with: postureapp)</source>
        <translation>postureapp draait niet (start het met: postureapp)</translation>
    </message>
    <message>
        <source>{0} (in {1} min)</source>
        <translation>{0} (over {1} min)</translation>
    </message>
    <message>
        <source>{0} (now)</source>
        <translation>{0} (nu)</translation>
    </message>
    <message>
        <source>interval</source>
        <extracomment>Why the next break comes when it does (`status`&apos;s reason), in words.</extracomment>
        <translation>interval</translation>
    </message>
    <message>
        <source>long</source>
        <translation>interval</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <source>after-pause</source>
        <translation>na de onderbreking</translation>
    </message>
    <message>
        <source>fixed-time</source>
        <translation>vaste tijd</translation>
    </message>
    <message>
        <source>working-hours-start</source>
        <translation>begin van de werktijd</translation>
    </message>
    <message>
        <source>posture</source>
        <translation>houding</translation>
    </message>
    <message>
        <source>postureapp: could not reach the running instance: {0}</source>
        <translation>postureapp: de draaiende app is niet bereikbaar: {0}</translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation>het verzoek is geweigerd</translation>
    </message>
    <message>
        <source>On a break now.</source>
        <translation>Nu in een pauze.</translation>
    </message>
    <message>
        <source>Paused until you resume (postureapp resume).</source>
        <translation>Onderbroken tot je hervat (postureapp resume).</translation>
    </message>
    <message>
        <source>Paused until {0}.</source>
        <translation>Onderbroken tot {0}.</translation>
    </message>
    <message>
        <source>Next {0} at {1} ({2}).</source>
        <translation>Volgende {0} om {1} ({2}).</translation>
    </message>
    <message>
        <source>Outside working hours; breaks resume at {0}.</source>
        <translation>Buiten werktijd; pauzes gaan verder om {0}.</translation>
    </message>
    <message>
        <source>A break is due and waits for you to come back.</source>
        <translation>Er is een pauze aan de beurt die wacht tot je terug bent.</translation>
    </message>
    <message>
        <source>A break is due and waits for a full-screen window to close.</source>
        <translation>Er is een pauze aan de beurt die wacht tot een volledig scherm-venster sluit.</translation>
    </message>
    <message>
        <source>A break is due and waits for do-not-disturb to end.</source>
        <translation>Er is een pauze aan de beurt die wacht tot Niet storen voorbij is.</translation>
    </message>
    <message>
        <source>A break is due and waits for your call to end.</source>
        <translation>Er is een pauze aan de beurt die wacht tot je gesprek voorbij is.</translation>
    </message>
    <message>
        <source>A break is due and waits for an event in your calendar to end.</source>
        <translation>Er is een pauze aan de beurt die wacht tot een afspraak in je agenda voorbij is.</translation>
    </message>
    <message>
        <source>A break is due and waits ({0}).</source>
        <translation>Er is een pauze aan de beurt die wacht ({0}).</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for safety; breaks only remind you to move (resume them from About &amp; safety: postureapp open about).</source>
        <translation>Oefenpauzes zijn voor je veiligheid onderbroken; pauzes herinneren je er alleen aan om te bewegen (hervat ze via ‘Over &amp; veiligheid’: postureapp open about).</translation>
    </message>
    <message>
        <source>Calendar {0} could not be read: {1}</source>
        <translation>Agenda {0} kon niet gelezen worden: {1}</translation>
    </message>
    <message>
        <source>Snoozes in a row: {0}</source>
        <translation>Uitgesteld achter elkaar: {0}</translation>
    </message>
    <message>
        <source>Idle time: {0} ({1} s idle now).</source>
        <translation>Inactieve tijd: {0} ({1} s nu inactief).</translation>
    </message>
    <message>
        <source>Idle time cannot be read here, so there are no natural breaks.</source>
        <translation>Inactieve tijd is hier niet te lezen, dus er zijn geen natuurlijke pauzes.</translation>
    </message>
    <message>
        <source>“{0}” ({1})</source>
        <translation>‘{0}’ ({1})</translation>
    </message>
    <message>
        <source>an event ({0})</source>
        <translation>een afspraak ({0})</translation>
    </message>
    <message>
        <source>It comes early, before {0}.</source>
        <translation>Ze komt eerder, voor {0}.</translation>
    </message>
    <message>
        <source>It waits for {0} to end.</source>
        <translation>Ze wacht tot {0} voorbij is.</translation>
    </message>
    <message>
        <source>Held during {0}.</source>
        <translation>Tegengehouden tijdens {0}.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Hervat.</translation>
    </message>
    <message>
        <source>Breaks were not paused.</source>
        <translation>Pauzes waren niet onderbroken.</translation>
    </message>
    <message>
        <source>Exercise breaks stay paused for your safety: About &amp; safety is open, where you can confirm it is safe to resume them.</source>
        <translation>Oefenpauzes blijven voor je veiligheid onderbroken: ‘Over &amp; veiligheid’ staat open, daar kun je bevestigen dat hervatten veilig is.</translation>
    </message>
    <message>
        <source>Paused until you resume.</source>
        <translation>Onderbroken tot je hervat.</translation>
    </message>
    <message>
        <source>Break started. (Note: {0}.)</source>
        <translation>Pauze begonnen. (Let op: {0}.)</translation>
    </message>
    <message>
        <source>Break started.</source>
        <translation>Pauze begonnen.</translation>
    </message>
    <message>
        <source>Break skipped.</source>
        <extracomment>What each command prints when it was carried out.</extracomment>
        <translation>Pauze overgeslagen.</translation>
    </message>
    <message>
        <source>postureapp is quitting.</source>
        <translation>postureapp sluit af.</translation>
    </message>
    <message>
        <source>when the next break is, and whether the app is paused</source>
        <extracomment>The windows `postureapp open WINDOW` can bring up in the running instance. Every command the running app understands, in the order `postureapp --help` lists them.</extracomment>
        <translation>wanneer de volgende pauze is, en of de app onderbroken is</translation>
    </message>
    <message>
        <source>start a break now</source>
        <translation>nu een pauze beginnen</translation>
    </message>
    <message>
        <source>do this exercise (see: exercises list)</source>
        <translation>deze oefening doen (zie: exercises list)</translation>
    </message>
    <message>
        <source>pause breaks: 30m, 1h, until-tomorrow or indefinitely</source>
        <translation>pauzes onderbreken: 30m, 1h, until-tomorrow of indefinitely</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>een onderbreking beëindigen</translation>
    </message>
    <message>
        <source>skip the break on screen (not in strict mode)</source>
        <translation>de pauze op het scherm overslaan (niet in strikte modus)</translation>
    </message>
    <message>
        <source>bring up a window of the running app</source>
        <translation>een venster van de draaiende app tonen</translation>
    </message>
    <message>
        <source>bring up the running app&apos;s status window</source>
        <translation>het statusvenster van de draaiende app tonen</translation>
    </message>
    <message>
        <source>stop the running app</source>
        <translation>de draaiende app stoppen</translation>
    </message>
    <message>
        <source>pause: expected 30m, 1h, until-tomorrow or indefinitely (or N m / N h up to 24 h), got {0}</source>
        <extracomment>command -&gt; its argument: &quot;none&quot;, &quot;optional&quot; or &quot;required&quot; What `parse_pause` says of an argument it cannot read (the &quot;cli&quot; context translates it).</extracomment>
        <translation>pause: verwacht 30m, 1h, until-tomorrow of indefinitely (of N m / N h tot 24 h), gevonden {0}</translation>
    </message>
    <message>
        <source>postureapp could not do that ({0})</source>
        <extracomment>What the running app answers when carrying out a request went wrong; {0} says why.</extracomment>
        <translation>postureapp kon dat niet doen ({0})</translation>
    </message>
    <message>
        <source>write a one-page PDF of your breaks and check-ins for a clinician</source>
        <translation>een PDF van één pagina met je pauzes en vragen schrijven voor een arts of therapeut</translation>
    </message>
    <message>
        <source>Write a one-page PDF of a range of your breaks and check-ins: breaks per week, minutes by body area, the exercises done most, the stiffness trend with the days a warning sign was reported, and your notes. Without a range: the last 3 months.</source>
        <translation>Schrijft een PDF van één pagina over een periode van je pauzes en vragen: pauzes per week, minuten per lichaamsdeel, de meest gedane oefeningen, het verloop van de stijfheid met de dagen waarop een waarschuwingssignaal werd gemeld, en je notities. Zonder periode: de laatste 3 maanden.</translation>
    </message>
    <message>
        <source>a range ending today (all: from the first logged day)</source>
        <translation>een periode die vandaag eindigt (all: vanaf de eerste vastgelegde dag)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>de PDF die geschreven wordt</translation>
    </message>
    <message>
        <source>--since ({0}) is after the last day ({1})</source>
        <translation>--since ({0}) ligt na de laatste dag ({1})</translation>
    </message>
    <message>
        <source>-o: the report is a PDF; name it .pdf, found {0}</source>
        <translation>-o: het rapport is een PDF; geef het de naam .pdf, gevonden {0}</translation>
    </message>
    <message>
        <source>no breaks logged yet; nothing to report</source>
        <translation>nog geen pauzes vastgelegd; niets te rapporteren</translation>
    </message>
    <message>
        <source>wrote {0}: {1} to {2}, {3} breaks completed, {4} check-ins, {5} notes</source>
        <translation>{0} geschreven: {1} tot {2}, {3} pauzes voltooid, {4} vragen, {5} notities</translation>
    </message>
    <message>
        <source>your head forward and down</source>
        <translation>je hoofd naar voren en omlaag</translation>
    </message>
    <message>
        <source>your shoulders rounded</source>
        <translation>ronde schouders</translation>
    </message>
    <message>
        <source>your body leaning to one side</source>
        <translation>je bovenlijf naar één kant geleund</translation>
    </message>
    <message>
        <source>upright</source>
        <extracomment>What the last reading saw, besides a slouch (whose label is in the &apos;posture&apos; context).</extracomment>
        <translation>rechtop</translation>
    </message>
    <message>
        <source>in view</source>
        <translation>in beeld</translation>
    </message>
    <message>
        <source>nobody in view</source>
        <translation>niemand in beeld</translation>
    </message>
    <message>
        <source>It comes early: you have sat with {0} for {1} minutes; its exercise answers that.</source>
        <translation>Hij komt eerder: je zit al {1} minuten met {0}; de oefening ervan gaat daartegen in.</translation>
    </message>
    <message>
        <source>It comes early: you have sat with {0}; its exercise answers that.</source>
        <translation>Hij komt eerder: je zit met {0}; de oefening ervan gaat daartegen in.</translation>
    </message>
    <message>
        <source>Its exercise answers this: {0}.</source>
        <translation>De oefening ervan gaat hiertegen in: {0}.</translation>
    </message>
    <message>
        <source>Posture sensing is not running: {0}</source>
        <translation>Houdingsherkenning werkt niet: {0}</translation>
    </message>
    <message>
        <source>Posture sensing is on but not calibrated yet (Settings → Camera).</source>
        <translation>Houdingsherkenning staat aan maar is nog niet gekalibreerd (Instellingen → Camera).</translation>
    </message>
    <message>
        <source>Today you sat upright {0} of the time the camera saw you.</source>
        <translation>Vandaag zat je {0} van de tijd dat de camera je zag rechtop.</translation>
    </message>
    <message>
        <source>Last camera reading {0}: {1}.</source>
        <translation>Laatste cameralezing {0}: {1}.</translation>
    </message>
    <message>
        <source>cannot listen on {0}: {1}</source>
        <translation>kan niet luisteren op {0}: {1}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>postureapp ran into a problem it did not expect ({0}: {1}). It keeps running; the details are in {2}.</source>
        <translation>postureapp liep tegen een onverwacht probleem aan ({0}: {1}). Het blijft draaien; de details staan in {2}.</translation>
    </message>
    <message>
        <source>postureapp could not start ({0}: {1}); fix or move it away and start postureapp again. The details are in {2}.</source>
        <translation>postureapp kon niet starten ({0}: {1}); herstel het of zet het ergens anders neer en start postureapp opnieuw. De details staan in {2}.</translation>
    </message>
    <message>
        <source>postureapp could not start ({0}); please report it. The details are in {1}.</source>
        <translation>postureapp kon niet starten ({0}); meld dit alsjeblieft. De details staan in {1}.</translation>
    </message>
    <message>
        <source>postureapp: the log file {0} cannot be written ({1}); logging to the terminal instead</source>
        <translation>postureapp: het logbestand {0} kan niet geschreven worden ({1}); het log gaat in plaats daarvan naar de terminal</translation>
    </message>
</context>
<context>
    <name>exercise editor</name>
    <message>
        <source>Upper back</source>
        <translation>Bovenrug</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nek</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Schouders</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Borst</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Onderrug</translation>
    </message>
    <message>
        <source>Turning (rotation)</source>
        <translation>Draaien (rotatie)</translation>
    </message>
    <message>
        <source>Bending back (extension)</source>
        <translation>Achterover buigen (strekking)</translation>
    </message>
    <message>
        <source>Bending forward (flexion)</source>
        <translation>Voorover buigen (buiging)</translation>
    </message>
    <message>
        <source>Bending sideways</source>
        <translation>Zijwaarts buigen</translation>
    </message>
    <message>
        <source>Shoulder blades</source>
        <translation>Schouderbladen</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Zittend</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Op de vloer</translation>
    </message>
    <message>
        <source>A wall</source>
        <translation>Een muur</translation>
    </message>
    <message>
        <source>A foam roller</source>
        <translation>Een foamroller</translation>
    </message>
    <message>
        <source>A towel</source>
        <translation>Een handdoek</translation>
    </message>
    <message>
        <source>e.g. Doorway chest stretch</source>
        <extracomment>The fields this form shows, in order (a problem about `id` is shown under the title).</extracomment>
        <translation>bijv. Borststretch in de deuropening</translation>
    </message>
    <message>
        <source>One line: what it does, e.g. Opens the chest</source>
        <translation>Eén regel: wat hij doet, bijv. Opent de borst</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Long breaks mix movements; short ones take them in turn</source>
        <translation>Lange pauzes mengen bewegingen; korte nemen ze om de beurt</translation>
    </message>
    <message>
        <source>Short breaks</source>
        <translation>Korte pauzes</translation>
    </message>
    <message>
        <source>Long breaks</source>
        <translation>Lange pauzes</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Eén keer</translation>
    </message>
    <message>
        <source>On each side, first the</source>
        <translation>Aan elke kant, eerst de</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechter</translation>
    </message>
    <message>
        <source>left</source>
        <translation>linker</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Eerste kant</translation>
    </message>
    <message>
        <source>How many times the steps repeat; a break may add more</source>
        <translation>Hoe vaak de stappen herhaald worden; een pauze kan er meer toevoegen</translation>
    </message>
    <message>
        <source>One per line, at least one. e.g. Stop if you feel pain, numbness or dizziness.</source>
        <translation>Eén per regel, minstens één. bijv. Stop als je pijn, gevoelloosheid of duizeligheid voelt.</translation>
    </message>
    <message>
        <source>Optional, e.g. from my physiotherapist, May 2025</source>
        <translation>Optioneel, bijv. van mijn fysiotherapeut, mei 2025</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <source>Body &amp;areas it works</source>
        <translation>Lichaams&amp;delen</translation>
    </message>
    <message>
        <source>&amp;Movement</source>
        <translation>&amp;Beweging</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Houding</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Nodig</translation>
    </message>
    <message>
        <source>Use in</source>
        <translation>Gebruiken in</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Kanten</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>&amp;Rondes</translation>
    </message>
    <message>
        <source>&amp;Cautions</source>
        <translation>&amp;Voorzorg</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Her&amp;komst</translation>
    </message>
    <message>
        <source>nothing chosen</source>
        <extracomment>The labels of each field the editor shows as a choice, by the value a file holds.</extracomment>
        <translation>niets gekozen</translation>
    </message>
</context>
<context>
    <name>exercises</name>
    <message>
        <source>No exercise fits a {kind} with the body areas, positions and equipment you chose, so those breaks cannot start. Choose more areas or positions in Settings.</source>
        <extracomment>The translation context of the texts below.</extracomment>
        <translation>Geen oefening past bij het soort ‘{kind}’ met de gekozen lichaamsdelen, houdingen en hulpmiddelen, dus die pauzes kunnen niet beginnen. Kies meer delen of houdingen in Instellingen.</translation>
    </message>
    <message>
        <source>Only {count} exercises fit a long break with the body areas, positions and equipment you chose, so long breaks repeat them. Choose more in Settings for more variety.</source>
        <translation>Slechts {count} oefeningen passen bij een lange pauze met de gekozen lichaamsdelen, houdingen en hulpmiddelen, dus lange pauzes herhalen ze. Kies er meer in Instellingen voor meer afwisseling.</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <source>An exercise with this name is already there</source>
        <extracomment>Asks what to do with one exercise whose id is taken.</extracomment>
        <translation>Er is al een oefening met deze naam</translation>
    </message>
    <message>
        <source>one of your own</source>
        <translation>een van je eigen</translation>
    </message>
    <message>
        <source>a built-in exercise</source>
        <translation>een ingebouwde oefening</translation>
    </message>
    <message>
        <source>The pack&apos;s “{0}” has the same id as “{1}”, {2}. What should happen?</source>
        <translation>‘{0}’ uit het pakket heeft hetzelfde id als ‘{1}’, {2}. Wat moet er gebeuren?</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide houden</translation>
    </message>
    <message>
        <source>Replace mine</source>
        <translation>Die van mij vervangen</translation>
    </message>
    <message>
        <source>Use the pack&apos;s instead</source>
        <translation>Die uit het pakket gebruiken</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… en nog {0}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <source>{0} was not imported, and nothing was written:</source>
        <translation>{0} is niet geïmporteerd en er is niets geschreven:</translation>
    </message>
    <message>
        <source>Could not write to {0}: {1}</source>
        <translation>Kon niet schrijven naar {0}: {1}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>{0}: added (&apos;{1}&apos;)</source>
        <extracomment>What happened to each exercise of a pack, in words (`describe`).</extracomment>
        <translation>{0}: toegevoegd (‘{1}’)</translation>
    </message>
    <message>
        <source>{0}: replaced (&apos;{1}&apos;)</source>
        <translation>{0}: vervangen (‘{1}’)</translation>
    </message>
    <message>
        <source>{0}: you already have one with this id; added as &apos;{1}&apos; ({2})</source>
        <translation>{0}: je hebt er al een met dit id; toegevoegd als ‘{1}’ ({2})</translation>
    </message>
    <message>
        <source>{0}: already there, unchanged</source>
        <translation>{0}: al aanwezig, ongewijzigd</translation>
    </message>
    <message>
        <source>{0}: skipped (you already have one with this id)</source>
        <translation>{0}: overgeslagen (je hebt er al een met dit id)</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <source>every short folder for the socket ({0} and the next ones) belongs to someone else; set a shorter {1}, or set XDG_RUNTIME_DIR</source>
        <extracomment>Every folder the app keeps is its owner&apos;s alone (the log holds health data).</extracomment>
        <translation>elke korte map voor de socket ({0} en de volgende) is van iemand anders; stel een kortere {1} in, of stel XDG_RUNTIME_DIR in</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} bestaat niet</translation>
    </message>
    <message>
        <source>{0} cannot be checked ({1})</source>
        <translation>{0} kan niet worden gecontroleerd ({1})</translation>
    </message>
    <message>
        <source>{0} is a link made by user {1}, not by you</source>
        <translation>{0} is een koppeling van gebruiker {1}, niet van jou</translation>
    </message>
    <message>
        <source>{0} cannot be followed ({1})</source>
        <translation>{0} kan niet worden gevolgd ({1})</translation>
    </message>
    <message>
        <source>{0} is not a folder</source>
        <translation>{0} is geen map</translation>
    </message>
    <message>
        <source>{0} belongs to user {1}, not to you</source>
        <translation>{0} is van gebruiker {1}, niet van jou</translation>
    </message>
    <message>
        <source>{0}; move it away (or set {1} to use another folder)</source>
        <translation>{0}; verplaats het (of stel {1} in om een andere map te gebruiken)</translation>
    </message>
    <message>
        <source>cannot make {0} private: {1}</source>
        <translation>kan {0} niet privé maken: {1}</translation>
    </message>
    <message>
        <source>{0} cannot be created because {1} is a file, not a folder; move that file away (or set {2} to use another folder)</source>
        <translation>{0} kan niet worden gemaakt omdat {1} een bestand is, geen map; verplaats dat bestand (of stel {2} in om een andere map te gebruiken)</translation>
    </message>
    <message>
        <source>{0} cannot be created: {1}</source>
        <translation>{0} kan niet worden gemaakt: {1}</translation>
    </message>
    <message>
        <source>{0}; commands are not sent through it. Remove it and start postureapp again</source>
        <translation>{0}; er worden geen opdrachten via verstuurd. Verwijder het en start postureapp opnieuw</translation>
    </message>
</context>
<context>
    <name>pose</name>
    <message>
        <source>From the side</source>
        <translation>Van opzij</translation>
    </message>
    <message>
        <source>From the front</source>
        <translation>Van voren</translation>
    </message>
    <message>
        <source>Three-quarter</source>
        <translation>Driekwart</translation>
    </message>
    <message>
        <source>From above</source>
        <translation>Van boven</translation>
    </message>
    <message>
        <source>Sitting on a chair</source>
        <translation>Zittend op een stoel</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>Sitting on the floor</source>
        <translation>Zittend op de vloer</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>Op handen en knieën</translation>
    </message>
    <message>
        <source>Lying on the back, knees bent</source>
        <translation>Op de rug, knieën gebogen</translation>
    </message>
    <message>
        <source>Lying on the back, legs long</source>
        <translation>Op de rug, benen gestrekt</translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation>Op de buik</translation>
    </message>
    <message>
        <source>Pelvis</source>
        <translation>Bekken</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Onderrug</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Bovenrug</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nek</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Hoofd</translation>
    </message>
    <message>
        <source>Right shoulder blade</source>
        <translation>Rechterschouderblad</translation>
    </message>
    <message>
        <source>Left shoulder blade</source>
        <translation>Linkerschouderblad</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Rechterarm</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Linkerarm</translation>
    </message>
    <message>
        <source>Right elbow</source>
        <translation>Rechterelleboog</translation>
    </message>
    <message>
        <source>Left elbow</source>
        <translation>Linkerelleboog</translation>
    </message>
    <message>
        <source>Right wrist</source>
        <translation>Rechterpols</translation>
    </message>
    <message>
        <source>Left wrist</source>
        <translation>Linkerpols</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Rechterheup</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Linkerheup</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rechterknie</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Linkerknie</translation>
    </message>
    <message>
        <source>Right ankle</source>
        <translation>Rechterenkel</translation>
    </message>
    <message>
        <source>Left ankle</source>
        <translation>Linkerenkel</translation>
    </message>
    <message>
        <source>Bend forward</source>
        <translation>Voorover buigen</translation>
    </message>
    <message>
        <source>Bend</source>
        <translation>Buigen</translation>
    </message>
    <message>
        <source>Turn to its right</source>
        <translation>Naar zijn rechterkant draaien</translation>
    </message>
    <message>
        <source>Shrug up (cm)</source>
        <translation>Optrekken (cm)</translation>
    </message>
    <message>
        <source>Forward (cm)</source>
        <translation>Naar voren (cm)</translation>
    </message>
    <message>
        <source>Raise forward</source>
        <translation>Naar voren heffen</translation>
    </message>
    <message>
        <source>Out to the side</source>
        <translation>Opzij</translation>
    </message>
    <message>
        <source>Turn outward</source>
        <translation>Naar buiten draaien</translation>
    </message>
    <message>
        <source>Point the toes</source>
        <translation>Tenen strekken</translation>
    </message>
    <message>
        <source>Tilt forward</source>
        <translation>Naar voren kantelen</translation>
    </message>
    <message>
        <source>Up (cm)</source>
        <translation>Omhoog (cm)</translation>
    </message>
    <message>
        <source>Lean to its right</source>
        <extracomment>Where the words differ for one joint.</extracomment>
        <translation>Naar zijn rechterkant leunen</translation>
    </message>
    <message>
        <source>Tilt to its right</source>
        <translation>Naar zijn rechterkant kantelen</translation>
    </message>
    <message>
        <source>Nod</source>
        <translation>Knikken</translation>
    </message>
    <message>
        <source>Lift the thigh</source>
        <translation>Dij optillen</translation>
    </message>
    <message>
        <source>Bend back</source>
        <translation>Achterover buigen</translation>
    </message>
    <message>
        <source>Hitch to its right</source>
        <translation>Naar zijn rechterkant optrekken</translation>
    </message>
    <message>
        <source>Chair</source>
        <extracomment>A prop&apos;s tick box.</extracomment>
        <translation>Stoel</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Vloer</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Mat</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Muur</translation>
    </message>
    <message>
        <source>Towel roll</source>
        <translation>Opgerolde handdoek</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Foamroller</translation>
    </message>
    <message>
        <source>head</source>
        <extracomment>A point an arrow can follow.</extracomment>
        <translation>hoofd</translation>
    </message>
    <message>
        <source>nose</source>
        <translation>neus</translation>
    </message>
    <message>
        <source>chin</source>
        <translation>kin</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>borst</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>bovenrug</translation>
    </message>
    <message>
        <source>waist</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>pelvis</source>
        <translation>bekken</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>schouders</translation>
    </message>
    <message>
        <source>right shoulder</source>
        <translation>rechterschouder</translation>
    </message>
    <message>
        <source>left shoulder</source>
        <translation>linkerschouder</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>handen</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>rechterhand</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>linkerhand</translation>
    </message>
    <message>
        <source>elbows</source>
        <translation>ellebogen</translation>
    </message>
    <message>
        <source>right elbow</source>
        <translation>rechterelleboog</translation>
    </message>
    <message>
        <source>left elbow</source>
        <translation>linkerelleboog</translation>
    </message>
    <message>
        <source>knees</source>
        <translation>knieën</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>rechterknie</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>linkerknie</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>voeten</translation>
    </message>
    <message>
        <source>right toe</source>
        <translation>rechtertenen</translation>
    </message>
    <message>
        <source>left toe</source>
        <translation>linkertenen</translation>
    </message>
    <message>
        <source>right ankle</source>
        <translation>rechterenkel</translation>
    </message>
    <message>
        <source>left ankle</source>
        <translation>linkerenkel</translation>
    </message>
</context>
<context>
    <name>posture</name>
    <message>
        <source>head forward and down</source>
        <extracomment>The fewest clear measurements a calibration needs (of the few taken over a few seconds). Measurements in one calibration may differ this much (head height, in shoulder widths) and still be one posture; the model&apos;s own noise on one picture is about 0.024. The shoulder line may lean this many degrees more than at calibration before it counts. The translation context of the texts below.</extracomment>
        <translation>hoofd naar voren en omlaag</translation>
    </message>
    <message>
        <source>rounded shoulders</source>
        <translation>ronde schouders</translation>
    </message>
    <message>
        <source>leaning to one side</source>
        <translation>naar één kant geleund</translation>
    </message>
    <message>
        <source>Your head and both shoulders were not clearly in view. Sit facing the camera with your shoulders in the picture, in good light, and try again.</source>
        <translation>Je hoofd en beide schouders waren niet goed te zien. Ga voor de camera zitten met je schouders in beeld, bij goed licht, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>You moved while it measured. Sit tall and still for a few seconds, then try again.</source>
        <translation>Je bewoog tijdens het meten. Zit een paar seconden rechtop en stil en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Your ears were not above your shoulders. Sit tall, facing the camera, and try again.</source>
        <translation>Je oren waren niet boven je schouders. Zit rechtop, naar de camera gericht, en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>a file</source>
        <extracomment>What a pack file is called, so the file dialogs and the desktop can tell one.</extracomment>
        <translation>een bestand</translation>
    </message>
    <message>
        <source>a pack of at most {0} bytes</source>
        <translation>een pakket van hoogstens {0} bytes</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <source>a pack (a zip file)</source>
        <translation>een pakket (een zipbestand)</translation>
    </message>
    <message>
        <source>at most {0} files</source>
        <translation>hoogstens {0} bestanden</translation>
    </message>
    <message>
        <source>{0} files</source>
        <translation>{0} bestanden</translation>
    </message>
    <message>
        <source>{0} or a plain file name inside {1}/</source>
        <translation>{0} of een gewone bestandsnaam in {1}/</translation>
    </message>
    <message>
        <source>another path</source>
        <translation>een ander pad</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>een symbolische koppeling</translation>
    </message>
    <message>
        <source>an encrypted file</source>
        <translation>een versleuteld bestand</translation>
    </message>
    <message>
        <source>each name once</source>
        <translation>elke naam één keer</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>dubbel</translation>
    </message>
    <message>
        <source>at most {0} bytes in all</source>
        <translation>in totaal hoogstens {0} bytes</translation>
    </message>
    <message>
        <source>more</source>
        <translation>meer</translation>
    </message>
    <message>
        <source>a manifest</source>
        <translation>een manifest</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>a TOML manifest</source>
        <translation>een TOML-manifest</translation>
    </message>
    <message>
        <source>another</source>
        <translation>een ander</translation>
    </message>
    <message>
        <source>version {0} or older (this postureapp is too old for a newer one)</source>
        <translation>versie {0} of ouder (deze postureapp is te oud voor een nieuwere)</translation>
    </message>
    <message>
        <source>a list of 1 to {0} exercise ids</source>
        <translation>een lijst van 1 tot {0} oefening-id’s</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>an exercise the manifest names</source>
        <translation>een oefening die het manifest noemt</translation>
    </message>
    <message>
        <source>not</source>
        <translation>een niet genoemde</translation>
    </message>
    <message>
        <source>the name of a {0} file</source>
        <translation>de naam van een {0}-bestand</translation>
    </message>
    <message>
        <source>a file name relative to the illustration folder</source>
        <translation>een bestandsnaam ten opzichte van de map met afbeeldingen</translation>
    </message>
    <message>
        <source>a {0} file</source>
        <translation>een {0}-bestand</translation>
    </message>
    <message>
        <source>a file inside {0}</source>
        <translation>een bestand in {0}</translation>
    </message>
    <message>
        <source>a link to {0}</source>
        <translation>een koppeling naar {0}</translation>
    </message>
    <message>
        <source>a picture of at most {0} bytes</source>
        <translation>een afbeelding van hoogstens {0} bytes</translation>
    </message>
    <message>
        <source>an existing file in {0}</source>
        <translation>een bestaand bestand in {0}</translation>
    </message>
    <message>
        <source>no file named {0}</source>
        <translation>geen bestand met de naam {0}</translation>
    </message>
    <message>
        <source>a [[steps]] table</source>
        <translation>een [[steps]]-tabel</translation>
    </message>
    <message>
        <source>an exercise file</source>
        <translation>een oefeningbestand</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <source>lowercase letters, digits and hyphens</source>
        <translation>kleine letters, cijfers en koppeltekens</translation>
    </message>
    <message>
        <source>the file name without .toml (&apos;{0}&apos;)</source>
        <translation>de bestandsnaam zonder .toml (&apos;{0}&apos;)</translation>
    </message>
    <message>
        <source>only &quot;long&quot; for a floor exercise</source>
        <translation>alleen &quot;long&quot; voor een oefening op de vloer</translation>
    </message>
    <message>
        <source>only &quot;long&quot; for an exercise that needs equipment</source>
        <translation>alleen &quot;long&quot; voor een oefening met hulpmiddelen</translation>
    </message>
    <message>
        <source>{0} to {1} [[steps]] tables</source>
        <translation>{0} tot {1} [[steps]]-tabellen</translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation>{0} stappen</translation>
    </message>
    <message>
        <source>the folder of built-in exercises</source>
        <translation>de map met ingebouwde oefeningen</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <source>a list of {0} non-empty strings of at most {1} characters, in the order of the English</source>
        <extracomment>A language as catalogues name it: de, pt_BR, zh_TW.</extracomment>
        <translation>een lijst van {0} niet-lege teksten van hoogstens {1} tekens, in de volgorde van het Engels</translation>
    </message>
    <message>
        <source>a list of {0} non-empty strings, in the order of the English</source>
        <translation>een lijst van {0} niet-lege teksten, in de volgorde van het Engels</translation>
    </message>
    <message>
        <source>a table of languages like [translations.de]</source>
        <translation>een tabel met talen zoals [translations.de]</translation>
    </message>
    <message>
        <source>a language like de or pt_BR</source>
        <translation>een taal zoals de of pt_BR</translation>
    </message>
    <message>
        <source>a table of title, summary, cautions and steps</source>
        <translation>een tabel met title, summary, cautions en steps</translation>
    </message>
    <message>
        <source>a table such as {0}</source>
        <translation>een tabel zoals {0}</translation>
    </message>
    <message>
        <source>a table of angles such as {0}</source>
        <translation>een tabel met hoeken zoals {0}</translation>
    </message>
    <message>
        <source>a [steps.pose] table</source>
        <translation>een [steps.pose]-tabel</translation>
    </message>
    <message>
        <source>a known key (did you mean &apos;{0}&apos;?)</source>
        <extracomment>The translation context of every problem&apos;s words (core marks them, the view translates them). Words a problem is made of: English as it is, or a Phrase translated where it is shown.</extracomment>
        <translation>een bekende sleutel (bedoel je &apos;{0}&apos;?)</translation>
    </message>
    <message>
        <source>one of the keys {0}</source>
        <translation>een van de sleutels {0}</translation>
    </message>
    <message>
        <source>unknown key &apos;{0}&apos;</source>
        <translation>onbekende sleutel &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>een van {0}</translation>
    </message>
    <message>
        <source>a list of any of {0} (no repeats)</source>
        <translation>een lijst met een of meer van {0} (zonder herhalingen)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; twice</source>
        <translation>&apos;{0}&apos; dubbel</translation>
    </message>
    <message>
        <source>{0} characters</source>
        <translation>{0} tekens</translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation>{0} items</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>a number from {0} to {1}</source>
        <translation>een getal van {0} tot {1}</translation>
    </message>
    <message>
        <source>a file of at most {0} bytes</source>
        <translation>een bestand van hoogstens {0} bytes</translation>
    </message>
    <message>
        <source>a bigger file</source>
        <translation>een groter bestand</translation>
    </message>
    <message>
        <source>a readable file</source>
        <translation>een leesbaar bestand</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>UTF-8-tekst</translation>
    </message>
    <message>
        <source>byte {0} at offset {1}</source>
        <translation>byte {0} op positie {1}</translation>
    </message>
    <message>
        <source>a syntax error ({0})</source>
        <translation>een syntaxfout ({0})</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <source>nothing (the field is missing)</source>
        <translation>niets (het veld ontbreekt)</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>een tabel</translation>
    </message>
    <message>
        <source>expected {0}, found {1}</source>
        <translation>verwacht {0}, gevonden {1}</translation>
    </message>
    <message>
        <source>text of 1 to {0} characters</source>
        <translation>tekst van 1 tot {0} tekens</translation>
    </message>
    <message>
        <source>a list of at least one of {0} (no repeats)</source>
        <translation>een lijst met minstens één van {0} (zonder herhalingen)</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>een lege lijst</translation>
    </message>
    <message>
        <source>a list of {0} to {1} non-empty strings</source>
        <translation>een lijst van {0} tot {1} niet-lege teksten</translation>
    </message>
    <message>
        <source>a list of any number of non-empty strings</source>
        <translation>een lijst met willekeurig veel niet-lege teksten</translation>
    </message>
    <message>
        <source>an integer from {0} to {1}</source>
        <translation>een geheel getal van {0} tot {1}</translation>
    </message>
    <message>
        <source>an ISO 8601 time with a UTC offset, e.g. 2024-05-10T09:30:00+02:00</source>
        <translation>een tijd volgens ISO 8601 met UTC-verschil, bijv. 2024-05-10T09:30:00+02:00</translation>
    </message>
    <message>
        <source>tables and lists nested at most {0} deep</source>
        <extracomment>Files people write by hand are small; anything bigger is not one of ours. Tables and arrays nested deeper than this are not something a person wrote on purpose.</extracomment>
        <translation>tabellen en lijsten met hoogstens {0} niveaus</translation>
    </message>
    <message>
        <source>deeper nesting</source>
        <extracomment>Reading stops after this many problems: the file is refused either way.</extracomment>
        <translation>diepere nesting</translation>
    </message>
    <message>
        <source>valid TOML</source>
        <translation>geldige TOML</translation>
    </message>
    <message>
        <source>valid JSON</source>
        <extracomment>The app&apos;s own small JSON files (the schedule, the safety state).</extracomment>
        <translation>geldige JSON</translation>
    </message>
    <message>
        <source>a list of exercise ids</source>
        <extracomment>What an export holds: breaks, check-ins and (JSON only) each day&apos;s posture figures. A CSV line longer than this is not an export (a row is a few hundred characters). One JSON record (a break) longer than this is not an export either. A CSV cell; the csv module&apos;s own default limit, named so that it is a decision.</extracomment>
        <translation>een lijst met oefening-id’s</translation>
    </message>
    <message>
        <source>exercise ids without spaces, separated by commas</source>
        <translation>oefening-id’s zonder spaties, gescheiden door komma’s</translation>
    </message>
    <message>
        <source>a whole number of seconds, 0 or more</source>
        <translation>een geheel aantal seconden, 0 of meer</translation>
    </message>
    <message>
        <source>a longer line</source>
        <translation>een langere regel</translation>
    </message>
    <message>
        <source>a header line naming the columns</source>
        <translation>een kopregel met de namen van de kolommen</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>een leeg bestand</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>een sleutel tussen dubbele aanhalingstekens</translation>
    </message>
    <message>
        <source>the end of the file after the object</source>
        <translation>het einde van het bestand na het object</translation>
    </message>
    <message>
        <source>no &apos;breaks&apos; list</source>
        <translation>geen lijst &apos;breaks&apos;</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>JSON nested a few levels deep</source>
        <translation>JSON met een paar niveaus</translation>
    </message>
    <message>
        <source>deeper</source>
        <translation>dieper</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <extracomment>How many problems the message lists; the rest are counted.</extracomment>
        <translation>… en nog {0}</translation>
    </message>
    <message>
        <source>(reading stopped after {0} problems)</source>
        <translation>(lezen gestopt na {0} problemen)</translation>
    </message>
    <message>
        <source>{0}: cannot import, nothing was added:</source>
        <translation>{0}: kan niet importeren, er is niets toegevoegd:</translation>
    </message>
    <message>
        <source>missing column {0}</source>
        <translation>ontbrekende kolom {0}</translation>
    </message>
    <message>
        <source>unknown column {0}</source>
        <translation>onbekende kolom {0}</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <source>{0} (expected {1}; id is optional)</source>
        <translation>{0} (verwacht {1}; id is optioneel)</translation>
    </message>
    <message>
        <source>a line of at most {0} characters</source>
        <translation>een regel van hoogstens {0} tekens</translation>
    </message>
    <message>
        <source>a cell of at most {0} characters</source>
        <translation>een cel van hoogstens {0} tekens</translation>
    </message>
    <message>
        <source>a value of at most {0} characters</source>
        <translation>een waarde van hoogstens {0} tekens</translation>
    </message>
    <message>
        <source>a longer one</source>
        <translation>een langere</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>het einde van het bestand</translation>
    </message>
    <message>
        <source>JSON nested no deeper than an export</source>
        <translation>JSON dat niet dieper genest is dan een export</translation>
    </message>
    <message>
        <source>a JSON object with a &apos;breaks&apos; list, as export writes it</source>
        <translation>een JSON-object met een lijst &apos;breaks&apos;, zoals de export het schrijft</translation>
    </message>
    <message>
        <source>a list of {0}</source>
        <translation>een lijst {0}</translation>
    </message>
    <message>
        <source>&apos;:&apos; after a key</source>
        <translation>&apos;:&apos; na een sleutel</translation>
    </message>
    <message>
        <source>{0} in the list of {1}</source>
        <translation>{0} in de lijst {1}</translation>
    </message>
    <message>
        <source>1 to {0} (a newer version needs a newer postureapp)</source>
        <translation>1 tot {0} (een nieuwere versie heeft een nieuwere postureapp nodig)</translation>
    </message>
    <message>
        <source>{0} cells</source>
        <translation>{0} cellen</translation>
    </message>
    <message>
        <source>byte {0}</source>
        <translation>byte {0}</translation>
    </message>
    <message>
        <source>a time not before {0} ({1})</source>
        <translation>een tijd niet vóór {0} ({1})</translation>
    </message>
    <message>
        <source>32 lowercase hex digits</source>
        <translation>32 hexadecimale cijfers in kleine letters</translation>
    </message>
    <message>
        <source>a JSON object with format {0}</source>
        <extracomment>A few months of breaks that could not be written; a bigger file is not ours.</extracomment>
        <translation>een JSON-object met format {0}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <extracomment>The ordinary answers to &quot;how does your upper back feel&quot; (not a warning sign). This many check-in days in a row answered &apos;worse&apos; pause the exercises. Breaks count as regular when at least REGULAR_DAYS of the last REGULAR_WINDOW_DAYS had one. Check-ins looked at for the stiffness trend, and how far apart the first and last must be. How many rated check-ins are averaged at each end of the trend. An average below this counts as only a little stiffness: not a reason to send anyone anywhere. A professional is suggested at most once in this long.</extracomment>
        <translation>een JSON-object</translation>
    </message>
    <message>
        <source>could not be moved aside ({0})</source>
        <translation>kon niet opzij worden gezet ({0})</translation>
    </message>
    <message>
        <source>kept as {0}; the good values are still in use</source>
        <translation>bewaard als {0}; de goede waarden blijven in gebruik</translation>
    </message>
    <message>
        <source>cannot be read ({0}); the defaults are in use</source>
        <translation>kan niet worden gelezen ({0}); de standaardwaarden zijn in gebruik</translation>
    </message>
    <message>
        <source>is not valid TOML ({0})</source>
        <translation>is geen geldige TOML ({0})</translation>
    </message>
    <message>
        <source>is not UTF-8 text ({0})</source>
        <translation>is geen UTF-8-tekst ({0})</translation>
    </message>
    <message>
        <source>cannot be used as a settings file ({0})</source>
        <translation>kan niet als instellingenbestand dienen ({0})</translation>
    </message>
    <message>
        <source>{0} and could not be moved aside ({1}); the defaults are in use and the file will not be changed</source>
        <translation>{0} en kon niet opzij worden gezet ({1}); de standaardwaarden zijn in gebruik en het bestand wordt niet gewijzigd</translation>
    </message>
    <message>
        <source>{0}; it was moved to {1} and the defaults are in use</source>
        <translation>{0}; het is verplaatst naar {1} en de standaardwaarden zijn in gebruik</translation>
    </message>
    <message>
        <source>must be a whole number (this version writes {0}), got {1}; the file is read as version {0}</source>
        <translation>moet een geheel getal zijn (deze versie schrijft {0}), gevonden {1}; het bestand wordt gelezen als versie {0}</translation>
    </message>
    <message>
        <source>the file was written by a newer postureapp (schema {0}; this one knows {1}): it is read as far as understood and will not be changed</source>
        <translation>het bestand is geschreven door een nieuwere postureapp (schema {0}; deze kent {1}): het wordt gelezen voor zover begrepen en niet gewijzigd</translation>
    </message>
    <message>
        <source>{0}; the default {1} is used instead</source>
        <translation>{0}; in plaats daarvan geldt de standaardwaarde {1}</translation>
    </message>
    <message>
        <source>must be a section [{0}], got {1}; it is ignored</source>
        <translation>moet een sectie [{0}] zijn, gevonden {1}; het wordt genegeerd</translation>
    </message>
    <message>
        <source>text of at most {0} characters, or nothing</source>
        <extracomment>A note longer than this is not one a user typed into a check-in.</extracomment>
        <translation>tekst van hoogstens {0} tekens, of niets</translation>
    </message>
    <message>
        <source>a whole number from 0 to 10, or nothing</source>
        <translation>een geheel getal van 0 tot 10, of niets</translation>
    </message>
    <message>
        <source>a line that is not key = value, a [table] or a comment</source>
        <extracomment>tomllib&apos;s messages (Python 3.11 to 3.13), each with what it means to the person who wrote the file; a group in the pattern fills the phrase&apos;s place.</extracomment>
        <translation>een regel die geen sleutel = waarde, [tabel] of commentaar is</translation>
    </message>
    <message>
        <source>more after a value on the same line</source>
        <translation>nog iets na een waarde op dezelfde regel</translation>
    </message>
    <message>
        <source>a key without &apos;=&apos; after it</source>
        <translation>een sleutel zonder &apos;=&apos; erna</translation>
    </message>
    <message>
        <source>a key that starts with a character keys cannot start with</source>
        <translation>een sleutel die begint met een teken waarmee sleutels niet mogen beginnen</translation>
    </message>
    <message>
        <source>a value of no known kind (text needs quotes)</source>
        <translation>een waarde van een onbekende soort (tekst moet tussen aanhalingstekens)</translation>
    </message>
    <message>
        <source>text without its closing quote</source>
        <translation>tekst zonder afsluitend aanhalingsteken</translation>
    </message>
    <message>
        <source>a list without its closing &apos;]&apos;</source>
        <translation>een lijst zonder afsluitende &apos;]&apos;</translation>
    </message>
    <message>
        <source>an inline table without its closing brace</source>
        <translation>een inline-tabel zonder afsluitende accolade</translation>
    </message>
    <message>
        <source>a [table] name without its closing &apos;]&apos;</source>
        <translation>een [tabel]-naam zonder afsluitende &apos;]&apos;</translation>
    </message>
    <message>
        <source>a [[table]] name without its closing &apos;]]&apos;</source>
        <translation>een [[tabel]]-naam zonder afsluitende &apos;]]&apos;</translation>
    </message>
    <message>
        <source>a key given a value twice</source>
        <translation>een sleutel die twee keer een waarde krijgt</translation>
    </message>
    <message>
        <source>the table {0} declared twice</source>
        <translation>de tabel {0}, twee keer gedeclareerd</translation>
    </message>
    <message>
        <source>{0} defined a second time</source>
        <translation>{0}, een tweede keer gedefinieerd</translation>
    </message>
    <message>
        <source>the key {0} twice in an inline table</source>
        <translation>de sleutel {0} twee keer in een inline-tabel</translation>
    </message>
    <message>
        <source>a &apos;\&apos; in text that starts no known escape</source>
        <translation>een &apos;\&apos; in tekst die geen bekende escape begint</translation>
    </message>
    <message>
        <source>an escape with wrong hexadecimal digits</source>
        <translation>een escape met verkeerde hexadecimale cijfers</translation>
    </message>
    <message>
        <source>an escape that is no Unicode character</source>
        <translation>een escape die geen Unicode-teken is</translation>
    </message>
    <message>
        <source>the character {0}, which text cannot hold</source>
        <translation>het teken {0}, dat niet in tekst mag staan</translation>
    </message>
    <message>
        <source>the character {0} where it does not belong</source>
        <translation>het teken {0} op een plaats waar het niet hoort</translation>
    </message>
    <message>
        <source>a date or time that does not exist</source>
        <translation>een datum of tijd die niet bestaat</translation>
    </message>
    <message>
        <source>no {0} where one was needed</source>
        <translation>geen {0} waar er een nodig was</translation>
    </message>
    <message>
        <source>no value where one was needed</source>
        <extracomment>The json module&apos;s messages.</extracomment>
        <translation>geen waarde waar er een nodig was</translation>
    </message>
    <message>
        <source>a key not in double quotes</source>
        <translation>een sleutel zonder dubbele aanhalingstekens</translation>
    </message>
    <message>
        <source>a key without &apos;:&apos; after it</source>
        <translation>een sleutel zonder &apos;:&apos; erna</translation>
    </message>
    <message>
        <source>a missing &apos;,&apos; between two values</source>
        <translation>een ontbrekende &apos;,&apos; tussen twee waarden</translation>
    </message>
    <message>
        <source>a control character (such as a line break) inside text</source>
        <translation>een stuurteken (zoals een regeleinde) in tekst</translation>
    </message>
    <message>
        <source>a &apos;,&apos; after the last value</source>
        <translation>een &apos;,&apos; na de laatste waarde</translation>
    </message>
    <message>
        <source>more after the end of the document</source>
        <translation>nog iets na het einde van het document</translation>
    </message>
    <message>
        <source>not a zip file</source>
        <translation>geen zip-bestand</translation>
    </message>
    <message>
        <source>a compression method this app cannot read</source>
        <translation>een compressiemethode die deze app niet kan lezen</translation>
    </message>
    <message>
        <source>a damaged zip file</source>
        <translation>een beschadigd zip-bestand</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>het bestaat niet</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>geen toestemming</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>het is een map</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>een deel van het pad is geen map</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>het bestaat al</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>het schijfquotum is op</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>de schijf kon niet worden gelezen of beschreven</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>de naam is te lang</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>te veel symbolische koppelingen</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>er zijn te veel bestanden geopend</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>het is in gebruik</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>de map is niet leeg</translation>
    </message>
    <message>
        <source>the system refused ({0})</source>
        <translation>het systeem weigerde ({0})</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>kan niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>{0} (line {1}, column {2})</source>
        <translation>{0} (regel {1}, kolom {2})</translation>
    </message>
    <message>
        <source>another program is using it; try again in a moment</source>
        <extracomment>SQLite&apos;s messages (the break log), and what they mean to the user.</extracomment>
        <translation>een ander programma gebruikt het; probeer het zo opnieuw</translation>
    </message>
    <message>
        <source>it can be read but not written</source>
        <translation>het kan worden gelezen maar niet geschreven</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>het kan niet worden geopend</translation>
    </message>
    <message>
        <source>it is not a database</source>
        <translation>het is geen database</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>het is beschadigd</translation>
    </message>
    <message>
        <source>a database error ({0})</source>
        <translation>een databasefout ({0})</translation>
    </message>
    <message>
        <source>{0}: the log has schema version {1}, newer than this version of the app understands ({2}); please update the app</source>
        <extracomment>Why the log cannot be opened by this app (the &quot;problems&quot; context translates them).</extracomment>
        <translation>{0}: het pauzelogboek heeft schemaversie {1}, nieuwer dan deze versie van de app begrijpt ({2}); werk de app bij</translation>
    </message>
    <message>
        <source>{0}: upgrading the log to version {1} failed ({2}); nothing was changed</source>
        <translation>{0}: het bijwerken van het pauzelogboek naar versie {1} is mislukt ({2}); er is niets veranderd</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Stand up and move</source>
        <translation>Sta op en beweeg</translation>
    </message>
    <message>
        <source>Emergency: stop and get emergency care now (call your local emergency number or go to an emergency department) if you have:</source>
        <extracomment>Each urgency&apos;s heading: what to do, then the signs it covers.</extracomment>
        <translation>Noodgeval: stop en zoek nu spoedhulp (bel je lokale alarmnummer of ga naar de spoedeisende hulp) als je dit hebt:</translation>
    </message>
    <message>
        <source>Stop the exercises and see a doctor without delay if you have:</source>
        <translation>Stop met de oefeningen en ga zonder uitstel naar een arts als je dit hebt:</translation>
    </message>
    <message>
        <source>Stop the exercises and have a doctor or physical therapist check it if you have:</source>
        <translation>Stop met de oefeningen en laat een arts of fysiotherapeut ernaar kijken als je dit hebt:</translation>
    </message>
    <message>
        <source>A sudden, severe headache, dizziness or a spinning feeling, or trouble seeing, after moving your neck or after a fall or another injury.</source>
        <extracomment>The emergency line&apos;s heading (the words every list of signs shows first).</extracomment>
        <translation>Een plotselinge, hevige hoofdpijn, duizeligheid of het gevoel dat alles draait, of moeite met zien, nadat je je nek hebt bewogen of na een val of ander letsel.</translation>
    </message>
    <message>
        <source>Pain that spreads from your neck or upper back into an arm or a hand.</source>
        <translation>Pijn die vanuit je nek of bovenrug uitstraalt naar een arm of een hand.</translation>
    </message>
    <message>
        <source>New numbness, pins and needles that do not go away, or weakness in your arms or hands.</source>
        <translation>Nieuwe gevoelloosheid, tintelingen die niet weggaan, of zwakte in je armen of handen.</translation>
    </message>
    <message>
        <source>Neck or back pain together with a fever, chills, or weight loss you cannot explain.</source>
        <translation>Nek- of rugpijn samen met koorts, koude rillingen of gewichtsverlies dat je niet kunt verklaren.</translation>
    </message>
    <message>
        <source>Numbness, tingling or weakness that runs down your legs.</source>
        <translation>Gevoelloosheid, tintelingen of zwakte die naar beneden door je benen trekt.</translation>
    </message>
    <message>
        <source>Any new trouble controlling your bowel or bladder.</source>
        <translation>Nieuwe moeite met het beheersen van je darmen of blaas.</translation>
    </message>
    <message>
        <source>Sharp or shooting pain, or pain that keeps getting worse, for example when you move or after sitting for a long time.</source>
        <translation>Scherpe of schietende pijn, of pijn die steeds erger wordt, bijvoorbeeld als je beweegt of na lang zitten.</translation>
    </message>
    <message>
        <source>Check with a doctor or physical therapist before you start if you have:</source>
        <translation>Overleg met een arts of fysiotherapeut voordat je begint als je dit hebt:</translation>
    </message>
    <message>
        <source>Osteoporosis or another condition of the bones.</source>
        <translation>Osteoporose of een andere aandoening van de botten.</translation>
    </message>
    <message>
        <source>A herniated (slipped) disc or another problem with your spine.</source>
        <translation>Een hernia of een ander probleem met je wervelkolom.</translation>
    </message>
    <message>
        <source>Arthritis.</source>
        <translation>Artritis of artrose.</translation>
    </message>
    <message>
        <source>Welcome to postureapp</source>
        <extracomment>The translation context of every text in this module.</extracomment>
        <translation>Welkom bij postureapp</translation>
    </message>
    <message>
        <source>About postureapp and your safety</source>
        <translation>Over postureapp en je veiligheid</translation>
    </message>
    <message>
        <source>postureapp reminds you to take a short break at the intervals you choose and guides you through gentle movements for the upper back, neck and shoulders. Every break is logged, so you can look back and see how you are getting on.</source>
        <translation>postureapp herinnert je met de tussenpozen die je kiest aan een korte pauze en leidt je door zachte bewegingen voor je bovenrug, nek en schouders. Elke pauze wordt vastgelegd, zodat je kunt terugkijken hoe het gaat.</translation>
    </message>
    <message>
        <source>postureapp is not medical advice. It cannot tell what is behind your stiffness or pain, and it does not replace a doctor or a physical therapist.</source>
        <translation>postureapp is geen medisch advies. Het kan niet zien wat er achter je stijfheid of pijn zit, en het vervangt geen arts of fysiotherapeut.</translation>
    </message>
    <message>
        <source>Move slowly and stay within what feels comfortable. If a movement hurts, stop it; you can always skip the rest of a break.</source>
        <translation>Beweeg langzaam en blijf binnen wat prettig voelt. Als een beweging pijn doet, stop ermee; je kunt de rest van een pauze altijd overslaan.</translation>
    </message>
    <message>
        <source>If your stiffness has not eased after two to six weeks of gentle, regular movement, show it to a physical therapist.</source>
        <translation>Als je stijfheid na twee tot zes weken zacht en regelmatig bewegen niet minder is geworden, laat het dan zien aan een fysiotherapeut.</translation>
    </message>
    <message>
        <source>About cracking</source>
        <translation>Over kraken</translation>
    </message>
    <message>
        <source>The pop you sometimes hear from your back or neck is gas leaving the fluid that bathes the joint, much like cracking your knuckles. Nothing slips back into place when it happens.</source>
        <translation>Het knakje dat je soms in je rug of nek hoort, is gas dat vrijkomt uit het vocht rond het gewricht, net als bij knakken met je knokkels. Er schiet niets terug op zijn plek als het gebeurt.</translation>
    </message>
    <message>
        <source>So a pop is not a fix. Any relief it brings tends to fade, and the joint needs a while, often around twenty minutes, before it can pop again.</source>
        <translation>Een knak is dus geen oplossing. De opluchting die het geeft, zakt meestal weg, en het gewricht heeft even tijd nodig, vaak zo’n twintig minuten, voor het weer kan knakken.</translation>
    </message>
    <message>
        <source>Forcing a crack, by twisting hard, jerking, or levering against a towel or a wall, can strain muscles and ligaments or irritate a nerve. The neck is the riskiest place to try: the arteries that feed the brain run through it, and a rough twist can, rarely, damage one.</source>
        <translation>Een knak forceren, door hard te draaien, te rukken of te hefbomen tegen een handdoek of een muur, kan spieren en banden verrekken of een zenuw prikkelen. De nek is de riskantste plek: de slagaders die de hersenen van bloed voorzien lopen erdoor, en een ruwe draai kan er, zelden, een beschadigen.</translation>
    </message>
    <message>
        <source>Gentle, regular movement is the better habit. It loosens stiff joints without force, and none of the exercises in postureapp ask you to aim for a pop.</source>
        <translation>Zacht en regelmatig bewegen is de betere gewoonte. Het maakt stijve gewrichten los zonder kracht, en geen van de oefeningen in postureapp vraagt je om op een knak aan te sturen.</translation>
    </message>
    <message>
        <source>Exercise breaks are paused</source>
        <translation>Oefenpauzes zijn onderbroken</translation>
    </message>
    <message>
        <source>You told postureapp that something is wrong beyond ordinary stiffness.</source>
        <translation>Je hebt postureapp laten weten dat er iets mis is, meer dan gewone stijfheid.</translation>
    </message>
    <message>
        <source>Your upper back has felt worse on three check-in days in a row.</source>
        <translation>Je bovenrug voelde op drie vraagdagen achter elkaar slechter.</translation>
    </message>
    <message>
        <source>This can be a sign that something other than ordinary stiffness is going on. Only a clinician can tell, so please have a doctor or a physical therapist look at it.</source>
        <translation>Dit kan een teken zijn dat er iets anders speelt dan gewone stijfheid. Alleen een zorgverlener kan dat zeggen, dus laat er een arts of fysiotherapeut naar kijken.</translation>
    </message>
    <message>
        <source>Until then the exercise breaks are paused. postureapp can still remind you now and then to stand up and walk about.</source>
        <translation>Tot die tijd zijn de oefenpauzes onderbroken. postureapp kan je nog af en toe herinneren om op te staan en rond te lopen.</translation>
    </message>
    <message>
        <source>Time to stand up, walk about and rest your eyes until the countdown ends.</source>
        <translation>Tijd om op te staan, rond te lopen en je ogen rust te geven tot het aftellen klaar is.</translation>
    </message>
    <message>
        <source>Worth a visit to a physical therapist</source>
        <translation>Een bezoek aan een fysiotherapeut is de moeite waard</translation>
    </message>
    <message>
        <source>You have taken breaks on most days for two weeks or more, and your stiffness ratings have not come down.</source>
        <translation>Je hebt twee weken of langer op de meeste dagen pauzes genomen, en je stijfheidscijfers zijn niet gedaald.</translation>
    </message>
    <message>
        <source>You have taken breaks on most days for two weeks or more, and none of your check-ins in that time said &apos;better&apos;.</source>
        <translation>Je hebt twee weken of langer op de meeste dagen pauzes genomen, en geen van je antwoorden in die tijd was ‘beter’.</translation>
    </message>
    <message>
        <source>Stiffness that stays despite weeks of gentle, regular movement is worth showing to a physical therapist, who can find out what is behind it and what would help. You can keep using postureapp in the meantime.</source>
        <translation>Stijfheid die blijft ondanks weken zacht en regelmatig bewegen, is het waard om aan een fysiotherapeut te laten zien; die kan uitzoeken wat erachter zit en wat zou helpen. Je kunt postureapp intussen blijven gebruiken.</translation>
    </message>
    <message>
        <source>You stopped because it hurt</source>
        <translation>Je bent gestopt omdat het pijn deed</translation>
    </message>
    <message>
        <source>Stopping was the right thing to do. Rest now, and leave out the movement that hurt.</source>
        <translation>Stoppen was het juiste. Rust nu uit en laat de beweging weg die pijn deed.</translation>
    </message>
    <message>
        <source>If the pain stays or gets worse, have a physical therapist or a doctor look at it.</source>
        <translation>Als de pijn blijft of erger wordt, laat er dan een fysiotherapeut of arts naar kijken.</translation>
    </message>
    <message>
        <source>You can pause the exercise breaks until then. postureapp will only remind you now and then to stand up and walk about.</source>
        <translation>Je kunt de oefenpauzes tot dan onderbreken. postureapp herinnert je dan alleen af en toe om op te staan en rond te lopen.</translation>
    </message>
    <message>
        <source>You stopped a break because a movement hurt.</source>
        <translation>Je hebt een pauze gestopt omdat een beweging pijn deed.</translation>
    </message>
    <message>
        <source>Exercise breaks are paused for your safety. Breaks only remind you to stand up and move.</source>
        <translation>Oefenpauzes zijn voor je veiligheid onderbroken. Pauzes herinneren je er alleen aan om op te staan en te bewegen.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>a list of calendars like {0} (kind file, url or caldav; user for caldav)</source>
        <translation>een lijst met agenda’s zoals {0} (kind file, url of caldav; user voor caldav)</translation>
    </message>
    <message>
        <source>must be {0}</source>
        <translation>moet {0} zijn</translation>
    </message>
    <message>
        <source>unknown setting (did you mean {0}?)</source>
        <translation>onbekende instelling (bedoel je {0}?)</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>onbekende instelling</translation>
    </message>
    <message>
        <source>Work between breaks</source>
        <translation>Werk tussen pauzes</translation>
    </message>
    <message>
        <source>Minutes of work between one break and the next.</source>
        <translation>Minuten werk tussen de ene pauze en de volgende.</translation>
    </message>
    <message>
        <source>Short break length</source>
        <translation>Lengte korte pauze</translation>
    </message>
    <message>
        <source>How long a short break lasts. Its exercise is repeated or held longer to fit, and every step leaves time to read it; a break lands within 10 % (or 5 s) of this.</source>
        <translation>Hoe lang een korte pauze duurt. De oefening wordt herhaald of langer vastgehouden om te passen, en elke stap laat tijd om hem te lezen; een pauze komt binnen 10 % (of 5 s) hiervan uit.</translation>
    </message>
    <message>
        <source>Long break every</source>
        <translation>Lange pauze elke</translation>
    </message>
    <message>
        <source>Every Nth break is a long one; 0 means never.</source>
        <translation>Elke N-de pauze is een lange; 0 betekent nooit.</translation>
    </message>
    <message>
        <source>Long break length</source>
        <translation>Lengte lange pauze</translation>
    </message>
    <message>
        <source>How long a long break lasts. Its exercises are repeated or held longer to fit; a break lands within 10 % (or 5 s) of this.</source>
        <translation>Hoe lang een lange pauze duurt. De oefeningen worden herhaald of langer vastgehouden om te passen; een pauze komt binnen 10 % (of 5 s) hiervan uit.</translation>
    </message>
    <message>
        <source>Notice before a break</source>
        <translation>Aankondiging voor een pauze</translation>
    </message>
    <message>
        <source>How early a quiet notice announces a break; 0 means no notice.</source>
        <translation>Hoe vroeg een rustige melding een pauze aankondigt; 0 betekent geen melding.</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Duur van uitstel</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>Hoe lang Uitstellen een pauze opschuift.</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Uitstel per pauze</translation>
    </message>
    <message>
        <source>How often in a row one break may be snoozed; 0 turns Snooze off.</source>
        <translation>Hoe vaak achter elkaar een pauze uitgesteld mag worden; 0 zet Uitstellen uit.</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Strikte modus</translation>
    </message>
    <message>
        <source>A break that has started cannot be skipped or snoozed.</source>
        <translation>Een pauze die begonnen is, kan niet overgeslagen of uitgesteld worden.</translation>
    </message>
    <message>
        <source>Only in working hours</source>
        <translation>Alleen binnen werktijd</translation>
    </message>
    <message>
        <source>Plan breaks only inside the working hours set for each day.</source>
        <translation>Pauzes alleen plannen binnen de werktijden die voor elke dag zijn ingesteld.</translation>
    </message>
    <message>
        <source>Working hours on this day, as HH:MM-HH:MM ranges; empty for a day off.</source>
        <translation>Werktijden op deze dag, als bereiken HH:MM-HH:MM; leeg voor een vrije dag.</translation>
    </message>
    <message>
        <source>Fixed break times</source>
        <translation>Vaste pauzetijden</translation>
    </message>
    <message>
        <source>Times of day when a break comes whatever the interval says.</source>
        <translation>Tijden van de dag waarop een pauze komt, wat het interval ook zegt.</translation>
    </message>
    <message>
        <source>Days for fixed times</source>
        <translation>Dagen voor vaste tijden</translation>
    </message>
    <message>
        <source>The days on which the fixed break times apply.</source>
        <translation>De dagen waarop de vaste pauzetijden gelden.</translation>
    </message>
    <message>
        <source>Wait during full screen</source>
        <translation>Wachten bij volledig scherm</translation>
    </message>
    <message>
        <source>Hold a due break while a full-screen window is in front.</source>
        <translation>Een pauze vasthouden zolang een venster op volledig scherm vooraan staat.</translation>
    </message>
    <message>
        <source>Wait during Do Not Disturb</source>
        <translation>Wachten bij Niet storen</translation>
    </message>
    <message>
        <source>Hold a due break while Do Not Disturb is on.</source>
        <translation>Een pauze vasthouden zolang Niet storen aanstaat.</translation>
    </message>
    <message>
        <source>Wait during calls</source>
        <translation>Wachten tijdens gesprekken</translation>
    </message>
    <message>
        <source>Hold a due break while a call seems to be in progress.</source>
        <translation>Een pauze vasthouden zolang er een gesprek lijkt te lopen.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Langste wachttijd</translation>
    </message>
    <message>
        <source>How long a held break waits before it is shown anyway; 0 means no limit.</source>
        <translation>Hoe lang een vastgehouden pauze wacht voor ze toch verschijnt; 0 betekent geen grens.</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Agenda’s</translation>
    </message>
    <message>
        <source>Calendars whose events hold breaks: no break during a busy event, none just before one. Local .ics files or folders, web addresses and CalDAV accounts (read only).</source>
        <translation>Agenda’s waarvan de afspraken pauzes tegenhouden: geen pauze tijdens een bezette afspraak, geen vlak ervoor. Lokale .ics-bestanden of -mappen, webadressen en CalDAV-accounts (alleen lezen).</translation>
    </message>
    <message>
        <source>Clear before events</source>
        <translation>Vrij voor afspraken</translation>
    </message>
    <message>
        <source>No break falls due this long before an event; it comes early or right after instead.</source>
        <translation>Zo kort voor een afspraak komt er geen pauze; ze komt eerder of meteen erna.</translation>
    </message>
    <message>
        <source>Read calendars every</source>
        <translation>Agenda’s lezen elke</translation>
    </message>
    <message>
        <source>How often calendars are read again (also on waking up).</source>
        <translation>Hoe vaak agenda’s opnieuw gelezen worden (ook na het ontwaken).</translation>
    </message>
    <message>
        <source>Show event titles</source>
        <translation>Titels van afspraken tonen</translation>
    </message>
    <message>
        <source>Name the event a break waits for (postureapp status); off keeps the titles private.</source>
        <translation>De afspraak noemen waar een pauze op wacht (postureapp status); uit houdt de titels privé.</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>Lichaamsdelen</translation>
    </message>
    <message>
        <source>The parts of the body the offered exercises may work on.</source>
        <translation>De delen van het lichaam waar aangeboden oefeningen op mogen werken.</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Houdingen</translation>
    </message>
    <message>
        <source>The positions an offered exercise may ask you to take.</source>
        <translation>De houdingen die een aangeboden oefening mag vragen.</translation>
    </message>
    <message>
        <source>Equipment at hand</source>
        <translation>Hulpmiddelen bij de hand</translation>
    </message>
    <message>
        <source>Equipment you have nearby; exercises needing other things are left out.</source>
        <translation>Hulpmiddelen die je in de buurt hebt; oefeningen die iets anders nodig hebben vallen weg.</translation>
    </message>
    <message>
        <source>Your exercises folder</source>
        <translation>Je oefenmap</translation>
    </message>
    <message>
        <source>A folder of your own exercise files; empty means the usual one.</source>
        <translation>Een map met je eigen oefenbestanden; leeg betekent de gebruikelijke.</translation>
    </message>
    <message>
        <source>How often each exercise comes</source>
        <translation>Hoe vaak elke oefening komt</translation>
    </message>
    <message>
        <source>Whether each exercise is offered, and how often: never (0, unticked), as usual (1), more often (2) or most often (3). Exercises not listed come as usual.</source>
        <translation>Of elke oefening wordt aangeboden, en hoe vaak: nooit (0, uitgevinkt), zoals gewoonlijk (1), vaker (2) of het vaakst (3). Oefeningen die er niet staan komen zoals gewoonlijk.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <source>Play a soft sound when a break starts and ends.</source>
        <translation>Een zacht geluid spelen als een pauze begint en eindigt.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Light or dark windows; system follows your desktop.</source>
        <translation>Lichte of donkere vensters; Systeem volgt je bureaublad.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Starten bij aanmelden</translation>
    </message>
    <message>
        <source>Start postureapp when you log in.</source>
        <translation>postureapp starten als je je aanmeldt.</translation>
    </message>
    <message>
        <source>Away counts as a break</source>
        <translation>Afwezig telt als pauze</translation>
    </message>
    <message>
        <source>Away from the computer this long and a break counts as taken.</source>
        <translation>Zo lang weg van de computer, en een pauze telt als genomen.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Now and then ask after a break how your back and neck feel.</source>
        <translation>Af en toe na een pauze vragen hoe je rug en nek voelen.</translation>
    </message>
    <message>
        <source>Moving pictures</source>
        <translation>Bewegende beelden</translation>
    </message>
    <message>
        <source>Whether the figure in the break window moves: auto follows the desktop&apos;s animation setting; reduced shows the end pose over a faint start pose.</source>
        <translation>Of de figuur in het pauzevenster beweegt: Automatisch volgt de animatie-instelling van het bureaublad; Beperkt toont de eindhouding over een vage beginhouding.</translation>
    </message>
    <message>
        <source>Breaks for a streak day</source>
        <translation>Pauzes voor een reeksdag</translation>
    </message>
    <message>
        <source>How many breaks make a day count towards a streak.</source>
        <translation>Hoeveel pauzes een dag laten meetellen voor een reeks.</translation>
    </message>
    <message>
        <source>Watch my posture with the camera</source>
        <translation>Mijn houding met de camera volgen</translation>
    </message>
    <message>
        <source>A few times a minute the camera takes one picture, the position of your head and shoulders is read from it on this computer, and the picture is dropped at once: no picture is kept or sent anywhere. A slouch held for a while brings the next break forward.</source>
        <translation>Een paar keer per minuut maakt de camera één beeld, daaruit wordt op deze computer de positie van je hoofd en schouders gelezen, en het beeld wordt meteen weggegooid: er wordt geen beeld bewaard of ergens heen gestuurd. Een tijdje onderuitgezakt zitten haalt de volgende pauze naar voren.</translation>
    </message>
    <message>
        <source>Camera readings per minute</source>
        <translation>Cameralezingen per minuut</translation>
    </message>
    <message>
        <source>How often the camera is switched on for one picture; it is off in between.</source>
        <translation>Hoe vaak de camera voor één beeld aangaat; daartussen is hij uit.</translation>
    </message>
    <message>
        <source>Slouch threshold</source>
        <translation>Drempel voor onderuitzakken</translation>
    </message>
    <message>
        <source>How far your head may sink, or your shoulders round, from the upright posture you calibrated before it counts as a slouch.</source>
        <translation>Hoe ver je hoofd mag zakken, of je schouders mogen krommen, ten opzichte van de gekalibreerde rechtop zittende houding voordat het als onderuitgezakt telt.</translation>
    </message>
    <message>
        <source>Slouch held for</source>
        <translation>Onderuitgezakt gedurende</translation>
    </message>
    <message>
        <source>A slouch held this long brings the next break forward, with an exercise that answers it (never sooner than the notice allows, and never during a call, a full-screen window, do-not-disturb or a meeting).</source>
        <translation>Zo lang onderuitgezakt zitten haalt de volgende pauze naar voren, met een oefening die ertegen ingaat (nooit eerder dan de aankondiging toestaat, en nooit tijdens een gesprek, een venster op volledig scherm, niet storen of een vergadering).</translation>
    </message>
    <message>
        <source>minutes</source>
        <extracomment>The units and choices the dialog shows (choices that are `terms` are translated there).</extracomment>
        <translation>minuten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconden</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pauzes</translation>
    </message>
    <message>
        <source>snoozes</source>
        <translation>keer</translation>
    </message>
    <message>
        <source>readings</source>
        <translation>lezingen</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Beperkt</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Volledig</translation>
    </message>
    <message>
        <source>{0} is not a TOML list like {1}</source>
        <translation>{0} is geen TOML-lijst zoals {1}</translation>
    </message>
    <message>
        <source>{0} is not a list</source>
        <translation>{0} is geen lijst</translation>
    </message>
    <message>
        <source>must be {0}, got {1}</source>
        <extracomment>The Python type of the checked values (the Settings dataclass declares the same).</extracomment>
        <translation>moet {0} zijn, gevonden {1}</translation>
    </message>
    <message>
        <source>a whole number from {0} to {1} ({2})</source>
        <translation>een geheel getal van {0} tot {1} ({2})</translation>
    </message>
    <message>
        <source>a whole number from {0} to {1}</source>
        <translation>een geheel getal van {0} tot {1}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation>een van {0}</translation>
    </message>
    <message>
        <source>a list of {0}</source>
        <translation>een lijst uit {0}</translation>
    </message>
    <message>
        <source>a list of at least one of {0}</source>
        <translation>een lijst met minstens een van {0}</translation>
    </message>
    <message>
        <source>{0} is not one of {1}</source>
        <translation>{0} is niet een van {1}</translation>
    </message>
    <message>
        <source>{0} are not any of {1}</source>
        <translation>{0} zijn niet uit {1}</translation>
    </message>
    <message>
        <source>{0} is not a time of day as HH:MM (00:00 to 23:59)</source>
        <translation>{0} is geen tijd als HH:MM (00:00 tot 23:59)</translation>
    </message>
    <message>
        <source>time ranges like {0} (&quot;&quot; for none)</source>
        <translation>tijdbereiken zoals {0} (&quot;&quot; voor geen)</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must start before it ends</source>
        <translation>‘{0}’ moet beginnen voordat het eindigt</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; and &quot;{1}&quot; overlap</source>
        <translation>‘{0}’ en ‘{1}’ overlappen</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a range like &quot;09:00-12:30&quot; (HH:MM-HH:MM)</source>
        <translation>‘{0}’ is geen bereik zoals ‘09:00-12:30’ (HH:MM-HH:MM)</translation>
    </message>
    <message>
        <source>a list of times like {0}</source>
        <translation>een lijst met tijden zoals {0}</translation>
    </message>
    <message>
        <source>lists {0} twice</source>
        <translation>bevat {0} twee keer</translation>
    </message>
    <message>
        <source>an absolute folder path (&quot;&quot; for the default folder)</source>
        <translation>een absoluut mappad (&quot;&quot; voor de standaardmap)</translation>
    </message>
    <message>
        <source>a table of exercise ids and whole numbers from {0} (never) to {1} (most often), like {2} (&quot;&quot; for none)</source>
        <extracomment>How often each exercise is offered, by its id: (id, weight) pairs sorted by id, without the exercises that come as usual (weight 1).</extracomment>
        <translation>een tabel van oefening-id’s en hele getallen van {0} (nooit) tot {1} (het vaakst), zoals {2} (&quot;&quot; voor geen)</translation>
    </message>
    <message>
        <source>{0} is not an exercise id (lowercase letters, digits, -)</source>
        <translation>{0} is geen oefening-id (kleine letters, cijfers, -)</translation>
    </message>
    <message>
        <source>the weight of {0} must be a whole number from {1} to {2}, got {3}</source>
        <translation>het gewicht van {0} moet een heel getal van {1} tot {2} zijn, niet {3}</translation>
    </message>
    <message>
        <source>{0} is not a TOML table like {1}</source>
        <translation>{0} is geen TOML-tabel zoals {1}</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not like &quot;chin-tuck=2&quot;</source>
        <translation>‘{0}’ lijkt niet op ‘chin-tuck=2’</translation>
    </message>
    <message>
        <source>Allowed: {0}</source>
        <extracomment>Choices that are words of the domain, and the days: translated with `terms` (one place).</extracomment>
        <translation>Toegestaan: {0}</translation>
    </message>
    <message>
        <source>Problem with {0}</source>
        <translation>Probleem met {0}</translation>
    </message>
    <message>
        <source>As usual</source>
        <extracomment>The rows&apos; choices when an exercise is on: (weight, words).</extracomment>
        <translation>Zoals gewoonlijk</translation>
    </message>
    <message>
        <source>More often</source>
        <translation>Vaker</translation>
    </message>
    <message>
        <source>Most often</source>
        <translation>Het vaakst</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Aanbieden</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hoe vaak</translation>
    </message>
    <message>
        <source>Find an exercise</source>
        <translation>Oefening zoeken</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0} (niet gevonden)</translation>
    </message>
    <message>
        <source>Offer {0}</source>
        <translation>{0} aanbieden</translation>
    </message>
    <message>
        <source>How often {0} comes</source>
        <translation>Hoe vaak {0} komt</translation>
    </message>
    <message>
        <source>{0} was written by a newer postureapp (schema {1}); this version will not change it</source>
        <translation>{0} is geschreven door een nieuwere postureapp (schema {1}); deze versie verandert het niet</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>postureapp — starting</source>
        <translation>postureapp — start</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>In een pauze</translation>
    </message>
    <message>
        <source>Paused — resume from the menu</source>
        <translation>Onderbroken — hervat via het menu</translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation>Onderbroken tot {0}</translation>
    </message>
    <message>
        <source>No break planned</source>
        <translation>Geen pauze gepland</translation>
    </message>
    <message>
        <source>long break</source>
        <translation>lange pauze</translation>
    </message>
    <message>
        <source>short break</source>
        <translation>korte pauze</translation>
    </message>
    <message>
        <source>Next {0} at {1}</source>
        <translation>Volgende {0} om {1}</translation>
    </message>
    <message>
        <source>(after a meeting)</source>
        <translation>(na een afspraak)</translation>
    </message>
    <message>
        <source>(before a meeting)</source>
        <translation>(voor een afspraak)</translation>
    </message>
    <message>
        <source>(early: you have slouched a while)</source>
        <translation>(eerder: je zit al een tijdje onderuitgezakt)</translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>short break</source>
        <extracomment>The translation context of every label below. (member, label). A list, not a dict: members of different sets may share a value (&quot;neck&quot;, &quot;natural&quot;), and StrEnum members with equal values are equal dict keys.</extracomment>
        <translation>korte pauze</translation>
    </message>
    <message>
        <source>long break</source>
        <translation>lange pauze</translation>
    </message>
    <message>
        <source>running</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>vroeg beëindigd</translation>
    </message>
    <message>
        <source>stopped (it hurt)</source>
        <translation>gestopt (deed pijn)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <source>away (natural break)</source>
        <translation>weg (natuurlijke pauze)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>afgebroken</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>schema</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>met de hand</translation>
    </message>
    <message>
        <source>fixed time</source>
        <translation>vaste tijd</translation>
    </message>
    <message>
        <source>away</source>
        <translation>weg</translation>
    </message>
    <message>
        <source>posture</source>
        <translation>houding</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Bovenrug</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nek</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Schouders</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Borst</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Onderrug</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Zittend</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Vloer</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Muur</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Foamroller</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>Handdoek</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>rotatie</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>strekking</translation>
    </message>
    <message>
        <source>flexion</source>
        <translation>buiging</translation>
    </message>
    <message>
        <source>side bend</source>
        <translation>zijwaartse buiging</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>nek</translation>
    </message>
    <message>
        <source>shoulder blades</source>
        <translation>schouderbladen</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Adem in</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Adem uit</translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation>Adem rustig</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechterkant</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linkerkant</translation>
    </message>
    <message>
        <source>one side</source>
        <translation>één kant</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beide kanten</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Beter</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Hetzelfde</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Slechter</translation>
    </message>
    <message>
        <source>A warning sign</source>
        <translation>Een waarschuwingssignaal</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Zo</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
</context>
</TS>
