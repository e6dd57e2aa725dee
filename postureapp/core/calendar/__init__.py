"""The user's calendars, as far as breaks care: when they are busy.

source   CalendarSource: one configured calendar (a file or folder, a web address, a CalDAV
         account), checked the way every setting is
model    BusyEvent and Busy: busy times as plain intervals, what the planner reads
ics      iCalendar data to busy events: recurrences, time zones, floating times, what to ignore
rules    placing a break around events: never inside one, not just before one, a long break
         in a gap of its length
reader   every calendar read once (the fetching is handed in): last good copies, problems

Only `ics` needs the iCalendar libraries; nothing here imports it, so the app loads them only
when a calendar is configured.
"""
