import { render, screen } from '@testing-library/react';
import App from './App';

describe('App', () => {
  it('opens on the guest sign-in page with the configured title', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Cairn test app' },
            backend: { baseUrl: 'http://localhost:7007' },
            techdocs: {
              storageUrl: 'http://localhost:7007/api/techdocs/static/docs',
            },
          },
          context: 'test',
        },
      ] as unknown as string,
    };

    render(<App />);

    expect(
      await screen.findByRole('button', { name: 'Enter' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Cairn test app')).toBeInTheDocument();
  });
});
