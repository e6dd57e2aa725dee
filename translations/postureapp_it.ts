<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutSafetyDialog</name>
    <message>
        <source>Resume exercise breaks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume exercise breaks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddCalendarDialog</name>
    <message>
        <source>Add a calendar</source>
        <extracomment>(source, password) -&gt; None; raises with a sentence when the keyring cannot keep it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file or folder of .ics files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address (iCalendar subscription)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CalDAV account (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in your desktop keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords cannot be kept here: no keyring is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>Take a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume exercise breaks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;&amp; safety…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>postureapp — time for a break</source>
        <extracomment>The window takes the keyboard once the user has not typed for this long: longer than a pause to think, so words typed elsewhere always go where they were meant to. Keys pressed this soon after the window took the keyboard were meant for another window. How often (in ticks) idle time is read while the window waits to take the keyboard. How long the closing &quot;well done&quot; stays before the window goes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of break and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in this break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are in the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution for this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every caution for this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move gently and only as far as is comfortable. Stop at once if anything hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;hurts — stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hurts — stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the break at once and see when to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this break off for a few minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have snoozed as often as allowed in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the break now; before its end it counts as ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly done — well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LONG BREAK · EXERCISE {0} OF {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHORT BREAK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cautions: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. Back to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarKeeper</name>
    <message>
        <source>Breaks keep using its copy from {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier copy, so its events are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar “{0}” could not be read: {1}. {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarSourcesEditor</name>
    <message>
        <source>{0}: file {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: web address {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: CalDAV {1} as {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: CalDAV {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendars: breaks follow the clock alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPopup</name>
    <message>
        <source>postureapp — check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does your upper back feel today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How stiff, from 0 (not at all) to 10? Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stiffness {0} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is not stiff at all, 10 is very stiff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else is wrong: show the signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now, close the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for telling us. If any of these fit, please see a clinician; the emergency one needs care straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the warning signs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>break-now: no exercise with the id {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break-now: exercise breaks are paused for safety; resume them from About &amp; safety (postureapp open about) once a clinician has looked at it, or it has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a break is already on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exercise fits your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this exercise is switched off in your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause: an argument is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no break is on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>No exercise fits your settings for a {0} break. Check the body areas and positions in Settings, or your own exercise folder.</source>
        <extracomment>A sleep this long in the middle of a break ends it (as far as it got) rather than resuming.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <source>Completed breaks</source>
        <extracomment>Every how many days the chart&apos;s day axis carries a date; today is always labelled. The stiffness trend&apos;s colour: the illustrations&apos; accent, readable on light and dark.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stiffness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today {0}; most in a day {1}; the goal of {2} was reached on {3} of {4} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>{0} h {1} min</source>
        <extracomment>The table shows only this many breaks, so it fills in milliseconds whatever the log&apos;s size. Exercises named in each of the &quot;done most&quot; and &quot;done least&quot; lists.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postureapp — History</source>
        <extracomment>The exercises the settings may offer; only these appear as &quot;done least&quot; (None: all).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all breaks as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time exercising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed breaks per day, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises done least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent breaks, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of recent breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent breaks (the last {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breaks yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you take your first break, this window shows how your days go: breaks per day, your streak, and the exercises you do most.

You can take one now from the tray menu: Take a break now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days: breaks done (bars), streak goal {0} (dashed), stiffness 0–10 (orange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reminders answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of reminders completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best {0} · goal {1} a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breaks could not be saved to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HurtDialog</name>
    <message>
        <source>Pause exercise breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause exercise breaks until it is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep exercise breaks on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticePopup</name>
    <message>
        <source>postureapp — break coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postureapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish your thought; the break starts when this counts down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpone the break by {0} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be postponed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} in {1} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostureApp</name>
    <message>
        <source>The break log was damaged. It was kept as {0}, and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise skipped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system tray was found on this desktop, so postureapp runs from this window. Closing it only minimises it; use Quit to stop the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting at login could not be switched on: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting at login could not be switched off: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfessionalSuggestion</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK, close this note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentBreaksModel</name>
    <message>
        <source>When</source>
        <extracomment>The role that gives the whole `BreakRow` of a table row, for views that need more than text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long</source>
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
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: it hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This break is on screen now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did the whole break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You skipped this break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You put this break off for a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ended it before the end; the minutes count, the break is not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped because something hurt. If it keeps hurting, see a clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were away from the computer long enough to rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app stopped while this break was on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min {1} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>The break log {0} cannot be opened ({1}).</source>
        <extracomment>Seconds between two tries while the log refuses writes; the last one repeats. How long one write may wait for another writer&apos;s lock, on the GUI thread. Failed tries (about 8 s) before the user is told that outcomes are waiting. Errors that mean &quot;not now&quot;: retried. Anything else about a row is a bug, and it is dropped.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks cannot be written to the log {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Breaks still run, and what they record is kept in {1} until the log takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Breaks still run, and what they record is kept in memory until the log takes it (the journal {1} cannot be written either: {2}), so it is lost if postureapp stops first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal of breaks waiting to be logged could not be read, so what it held was not logged. It is kept as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>postureapp — Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;haviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice and snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks at fixed times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a break while busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exercises may ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none — e.g. 09:00-12:30, 13:30-17:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none — e.g. 11:00, 15:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the usual folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change this: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every setting back to its default value? Cancel will still bring back the settings you had before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <source>Your settings could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>postureapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSTUREAPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise breaks are paused for your safety; breaks only remind you to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryCard</name>
    <message>
        <source>{0}: details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningPauseDialog</name>
    <message>
        <source>I have checked this with a clinician, or it has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm it is safe to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume exercise breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep exercise breaks paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>About postureapp and safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About cracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it, close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to safety information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words (it looks them up through `argparse._`), marked here for lupdate.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calendars</name>
    <message>
        <source>calendar support is not installed; install it with: pip install &apos;postureapp[calendars]&apos;</source>
        <extracomment>The busy times kept: from a day back (a meeting that began yesterday evening) to 8 days on, as far as the planner looks ahead. Said when the calendar libraries (the `calendars` extra) are not installed (translated where it is shown, in the &quot;calendars&quot; context).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>A system-tray reminder for short upper-back mobility breaks. Without a command it starts the app (or shows the one already running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 not done (not running, refused, or problems found); 2 cannot run as given (wrong arguments, a missing file, no display).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started at login: wait longer for the system tray to appear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postureapp: no display found (DISPLAY and WAYLAND_DISPLAY are not set); start it from a desktop session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postureapp is already running; its window was brought up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendars whose events hold breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars whose events hold breaks: no break during a busy event, none just before one. Files and folders of .ics files, iCalendar web addresses, CalDAV accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short name, e.g. work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .ics file or folder, an http(s) or webcal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is a CalDAV account or calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CalDAV user name (asks for the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the CalDAV password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a calendar (and its stored password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the calendars now and say what they hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: file {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: web address {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: CalDAV {1} as {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: CalDAV {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {0} (kept in your keyring): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the password with --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (remove it first, or pick another name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {0}. Check it with: postureapp calendar test {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {0} does not exist (yet); it holds nothing until it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendars. Add one with: postureapp calendar add NAME FILE-OR-ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(last read {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calendar is named {0} (there are: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calendar named {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calendar yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: could not be read: {1}; the copy from {2} is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: could not be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} busy event(s) in the next 8 days, read in {2} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; next: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change the settings file; the running app picks changes up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print where the settings file is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list every setting, marking the ones changed from the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one setting&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change one setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put one setting, or all of them, back to the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting to reset; all of them when left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed; default {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every setting already has its default value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old settings are kept in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting is saved, but {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is left unchanged (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add postureapp and its icon to the application menu (Linux)</source>
        <extracomment>The AppStream component id: the metainfo file&apos;s name and the Flatpak app id (packaging/).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take postureapp and its icon out of the application menu (Linux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start postureapp when you log in: on, off or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch it on or off, or say which it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is switched, but the setting is not: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop entries are a Linux feature; this system is {0}. Use `postureapp autostart on` to start at login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the icon {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the metainfo {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the icon ({0} files: scalable and fixed sizes) under {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not there, nothing to remove: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No icon there, nothing to remove: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postureapp starts at login ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postureapp does not start at login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list or validate exercise packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show every exercise the app will offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check an exercise file or a pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .toml file or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUITS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} problem(s) in {1} file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: {0} exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: {0} exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show break statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed breaks a streak day needs (default: the {0} setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the break log as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge a CSV or JSON export into the break log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first local day, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last local day, YYYY-MM-DD (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: expected a real date as YYYY-MM-DD, found {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since ({0}) is after --until ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the break log was damaged; it was kept as {0} and a new one was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the break log cannot be used right now: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the break log {0} looks damaged ({1}); start postureapp to set it aside and begin a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--streak-min: expected 1 or more, found {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no breaks yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks as of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (natural breaks not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days now: {0}, best: {1} (a day counts with {2} or more completed breaks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed per day, last 30 days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {0} breaks to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added {0}, already present {1}</source>
        <extracomment>Breaks an import writes per transaction, and the pause between two: the running app&apos;s writes get the lock in between, so a long import never holds up a break&apos;s outcome.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postureapp is not running (start it with: postureapp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (in {1} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval</source>
        <extracomment>Why the next break comes when it does (`status`&apos;s reason), in words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after-pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working-hours-start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postureapp: could not reach the running instance: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a break now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until you resume (postureapp resume).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next {0} at {1} ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside working hours; breaks resume at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break is due and waits for you to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break is due and waits for a full-screen window to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break is due and waits for do-not-disturb to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break is due and waits for your call to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break is due and waits for an event in your calendar to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break is due and waits ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise breaks are paused for safety; breaks only remind you to move (resume them from About &amp; safety: postureapp open about).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar {0} could not be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozes in a row: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle time: {0} ({1} s idle now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle time cannot be read here, so there are no natural breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It comes early, before {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waits for {0} to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held during {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks were not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise breaks stay paused for your safety: About &amp; safety is open, where you can confirm it is safe to resume them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break started. (Note: {0}.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break skipped.</source>
        <extracomment>What each command prints when it was carried out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postureapp is quitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the next break is, and whether the app is paused</source>
        <extracomment>The windows `postureapp open WINDOW` can bring up in the running instance. Every command the running app understands, in the order `postureapp --help` lists them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do this exercise (see: exercises list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause breaks: 30m, 1h, until-tomorrow or indefinitely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip the break on screen (not in strict mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring up a window of the running app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring up the running app&apos;s status window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop the running app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause: expected 30m, 1h, until-tomorrow or indefinitely (or N m / N h up to 24 h), got {0}</source>
        <extracomment>command -&gt; its argument: &quot;none&quot;, &quot;optional&quot; or &quot;required&quot; What `parse_pause` says of an argument it cannot read (the &quot;cli&quot; context translates it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>postureapp ran into a problem it did not expect ({0}: {1}). It keeps running; the details are in {2}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exercises</name>
    <message>
        <source>No exercise fits a {kind} with the body areas, positions and equipment you chose, so those breaks cannot start. Choose more areas or positions in Settings.</source>
        <extracomment>The translation context of the texts below.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {count} exercises fit a long break with the body areas, positions and equipment you chose, so long breaks repeat them. Choose more in Settings for more variety.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>Stand up and move</source>
        <extracomment>How long to wait at start-up for a tray host that starts after us; longer at login, where the panel often comes up a little after the autostart entries.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency: stop and get emergency care now (call your local emergency number or go to an emergency department) if you have:</source>
        <extracomment>Each urgency&apos;s heading: what to do, then the signs it covers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the exercises and see a doctor without delay if you have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the exercises and have a doctor or physical therapist check it if you have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sudden, severe headache, dizziness or a spinning feeling, or trouble seeing, after moving your neck or after a fall or another injury.</source>
        <extracomment>The emergency line&apos;s heading (the words every list of signs shows first).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that spreads from your neck or upper back into an arm or a hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New numbness, pins and needles that do not go away, or weakness in your arms or hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck or back pain together with a fever, chills, or weight loss you cannot explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness, tingling or weakness that runs down your legs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any new trouble controlling your bowel or bladder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp or shooting pain, or pain that keeps getting worse, for example when you move or after sitting for a long time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with a doctor or physical therapist before you start if you have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Osteoporosis or another condition of the bones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A herniated (slipped) disc or another problem with your spine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arthritis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to postureapp</source>
        <extracomment>The translation context of every text in this module.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About postureapp and your safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postureapp reminds you to take a short break at the intervals you choose and guides you through gentle movements for the upper back, neck and shoulders. Every break is logged, so you can look back and see how you are getting on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postureapp is not medical advice. It cannot tell what is behind your stiffness or pain, and it does not replace a doctor or a physical therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move slowly and stay within what feels comfortable. If a movement hurts, stop it; you can always skip the rest of a break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your stiffness has not eased after two to six weeks of gentle, regular movement, show it to a physical therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About cracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pop you sometimes hear from your back or neck is gas leaving the fluid that bathes the joint, much like cracking your knuckles. Nothing slips back into place when it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So a pop is not a fix. Any relief it brings tends to fade, and the joint needs a while, often around twenty minutes, before it can pop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forcing a crack, by twisting hard, jerking, or levering against a towel or a wall, can strain muscles and ligaments or irritate a nerve. The neck is the riskiest place to try: the arteries that feed the brain run through it, and a rough twist can, rarely, damage one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle, regular movement is the better habit. It loosens stiff joints without force, and none of the exercises in postureapp ask you to aim for a pop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise breaks are paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You told postureapp that something is wrong beyond ordinary stiffness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your upper back has felt worse on three check-in days in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This can be a sign that something other than ordinary stiffness is going on. Only a clinician can tell, so please have a doctor or a physical therapist look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then the exercise breaks are paused. postureapp can still remind you now and then to stand up and walk about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to stand up, walk about and rest your eyes until the countdown ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a visit to a physical therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have taken breaks on most days for two weeks or more, and your stiffness ratings have not come down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have taken breaks on most days for two weeks or more, and none of your check-ins in that time said &apos;better&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stiffness that stays despite weeks of gentle, regular movement is worth showing to a physical therapist, who can find out what is behind it and what would help. You can keep using postureapp in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped because it hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping was the right thing to do. Rest now, and leave out the movement that hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the pain stays or gets worse, have a physical therapist or a doctor look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can pause the exercise breaks until then. postureapp will only remind you now and then to stand up and walk about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped a break because a movement hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise breaks are paused for your safety. Breaks only remind you to stand up and move.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>a list of calendars like {0} (kind file, url or caldav; user for caldav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting (did you mean {0}?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work between breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of work between one break and the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short break length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a short break lasts. Its exercise is repeated or held longer to fit, and every step leaves time to read it; a break lands within 10 % (or 5 s) of this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long break every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Nth break is a long one; 0 means never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long break length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a long break lasts. Its exercises are repeated or held longer to fit; a break lands within 10 % (or 5 s) of this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice before a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How early a quiet notice announces a break; 0 means no notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often in a row one break may be snoozed; 0 turns Snooze off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break that has started cannot be skipped or snoozed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan breaks only inside the working hours set for each day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours on this day, as HH:MM-HH:MM ranges; empty for a day off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed break times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times of day when a break comes whatever the interval says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days for fixed times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days on which the fixed break times apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait during full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a due break while a full-screen window is in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait during Do Not Disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a due break while Do Not Disturb is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait during calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a due break while a call seems to be in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a held break waits before it is shown anyway; 0 means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars whose events hold breaks: no break during a busy event, none just before one. Local .ics files or folders, web addresses and CalDAV accounts (read only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear before events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break falls due this long before an event; it comes early or right after instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read calendars every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often calendars are read again (also on waking up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show event titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the event a break waits for (postureapp status); off keeps the titles private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts of the body the offered exercises may work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The positions an offered exercise may ask you to take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment at hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment you have nearby; exercises needing other things are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your exercises folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of your own exercise files; empty means the usual one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a soft sound when a break starts and ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark windows; system follows your desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start postureapp when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away counts as a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away from the computer this long and a break counts as taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now and then ask after a break how your back and neck feel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the figure in the break window moves: auto follows the desktop&apos;s animation setting; reduced shows the end pose over a faint start pose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks for a streak day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many breaks make a day count towards a streak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <extracomment>The units and choices the dialog shows (choices that are `terms` are translated there).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
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
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a TOML list like {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {0}, got {1}</source>
        <extracomment>The Python type of the checked values (the Settings dataclass declares the same).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from {0} to {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of at least one of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not one of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} are not any of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a time of day as HH:MM (00:00 to 23:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time ranges like {0} (&quot;&quot; for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must start before it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; and &quot;{1}&quot; overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a range like &quot;09:00-12:30&quot; (HH:MM-HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of times like {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists {0} twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an absolute folder path (&quot;&quot; for the default folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: {0}</source>
        <extracomment>Choices that are words of the domain, and the days: translated with `terms` (one place).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>postureapp — starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — resume from the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next {0} at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(after a meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(before a meeting)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>terms</name>
    <message>
        <source>short break</source>
        <extracomment>The translation context of every label below. (member, label). A list, not a dict: members of different sets may share a value (&quot;neck&quot;, &quot;natural&quot;), and StrEnum members with equal values are equal dict keys.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped (it hurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away (natural break)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side bend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shoulder blades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
