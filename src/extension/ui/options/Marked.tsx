import { type MarkRange, splitMarks } from '../../../search/search';

/** Text with the given ranges wrapped in `<mark>`. */
export function Marked({ text, ranges }: { text: string; ranges?: readonly MarkRange[] }) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  return (
    <>
      {splitMarks(text, ranges).map((segment, i) =>
        segment.marked ? <mark key={i}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
