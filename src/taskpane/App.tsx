// The pane's shell: title and a short explanation; components never touch Excel directly.
import { Body1, Title3 } from '@fluentui/react-components';

export function App() {
  return (
    <main style={{ padding: 12 }}>
      <Title3 as="h1">Takstskema</Title3>
      <Body1 as="p">Kontrol og udfyldning af det nordjyske takstskema (2027-layoutet).</Body1>
    </main>
  );
}
