/** The IANA time zones the session form's "Venue time zone" field suggests (list="time-zones"). */
export function TimeZoneList() {
  return (
    <datalist id="time-zones">
      {Intl.supportedValuesOf("timeZone").map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
}
