// The pane's "Om" line: which release this is, the year of last year's figures it carries, and the help page.
import { Caption1, Link } from '@fluentui/react-components';
import { ABOUT } from './build-constants';

export function About() {
  return (
    <footer style={{ padding: '16px 12px 12px 12px' }}>
      <Caption1>
        Om: Takstskema {ABOUT.version} · sidste års tal: {ABOUT.snapshotYear} ·{' '}
        <Link href="hjaelp.html" target="_blank" rel="noopener">
          hjælp
        </Link>
      </Caption1>
    </footer>
  );
}
